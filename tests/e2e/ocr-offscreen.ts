import type { CDPSession } from 'playwright-core';
import type { ExtensionHarness } from './harness/chromium';

// Playwright does not attach to Chrome's offscreen document (a "background_page" target) nor
// to the workers it starts, so the harness's recorder never sees where the OCR engine loads
// its files from. This attaches over CDP (sessions nested in the classic, non-flat way, which
// Playwright's browser session allows) and records every request of the document and its
// workers into the harness's list, so that the no-external-request check covers them too.

interface CdpMessage {
  method?: string;
  params?: {
    sessionId?: string;
    message?: string;
    request?: { url: string };
  };
}

export interface OffscreenRecorder {
  /** URLs requested by the offscreen document and its workers, in order. */
  requests: string[];
  detach(): Promise<void>;
}

export async function recordOffscreenRequests(extension: ExtensionHarness): Promise<OffscreenRecorder> {
  const browser = extension.context.browser();
  if (!browser) throw new Error('No browser object to open a CDP session on.');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const offscreen = targetInfos.find((t) => t.url === `${extension.extensionOrigin}/offscreen.html`);
  if (!offscreen) throw new Error('No offscreen document: ask the background for one first.');

  const requests: string[] = [];
  let nextId = 0;
  // A message for a nested session is wrapped once per level, innermost first.
  const send = (path: string[], method: string, params: object = {}): Promise<unknown> => {
    const message = JSON.stringify({ id: ++nextId, method, params });
    const sessionId = path[path.length - 1]!;
    return path.length === 1
      ? cdp.send('Target.sendMessageToTarget', { sessionId, message })
      : send(path.slice(0, -1), 'Target.sendMessageToTarget', { sessionId, message });
  };
  // Workers wait for the debugger, so their first request (the WebAssembly core) is seen too.
  const watch = async (path: string[]): Promise<void> => {
    await send(path, 'Network.enable');
    await send(path, 'Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: true,
      flatten: false,
    });
    await send(path, 'Runtime.runIfWaitingForDebugger');
  };
  const handle = (path: string[], raw: string): void => {
    const { method, params } = JSON.parse(raw) as CdpMessage;
    if (method === 'Network.requestWillBeSent' && params?.request) {
      requests.push(params.request.url);
      extension.requests.push(params.request.url);
    } else if (method === 'Target.attachedToTarget' && params?.sessionId) {
      void watch([...path, params.sessionId]);
    } else if (method === 'Target.receivedMessageFromTarget' && params?.sessionId && params.message) {
      handle([...path, params.sessionId], params.message);
    }
  };
  cdp.on('Target.receivedMessageFromTarget', (event) => handle([event.sessionId], event.message));
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: offscreen.targetId,
    flatten: false,
  });
  await watch([sessionId]);
  return { requests, detach: () => cdp.detach() };
}
