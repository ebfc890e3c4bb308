import type { Handlers } from './handle';
import type { ContentHelloRegistry } from './content-hellos';
import { ContentToBackground, PageToBackground } from './protocol';

/** Where OCR runs: the background starts it on demand (an offscreen document in Chrome). */
export interface OcrHostStarter {
  prepare(): Promise<void>;
}

/** The background's answers to each message; state is passed in so tests can see it. */
export function createBackgroundHandlers(hellos: ContentHelloRegistry, ocrHost: OcrHostStarter): Handlers {
  return {
    [ContentToBackground.Hello]: (request, sender) => {
      if (sender.tabId === undefined) throw new Error('hello without a tab');
      hellos.record({ tabId: sender.tabId, frameId: sender.frameId ?? 0, url: request.url });
      return { ok: true };
    },
    [PageToBackground.GetContentHellos]: () => ({ ok: true, hellos: hellos.list() }),
    [PageToBackground.PrepareOcr]: async () => {
      await ocrHost.prepare();
      return { ok: true };
    },
  };
}
