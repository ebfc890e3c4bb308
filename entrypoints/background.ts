import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  ContentHelloRegistry,
  createBackgroundHandlers,
  handleMessage,
  type OcrHostStarter,
} from '@/lib/messaging';
import { ensureOffscreenDocument } from '@/lib/ocr/browser/offscreen-document';
import { serveOcrHere } from '@/lib/ocr/browser/serve';

/**
 * Where OCR runs. Firefox's MV2 background is a page with workers: it is the host itself.
 * Chrome's MV3 service worker has no Worker: it opens the offscreen document on demand.
 * (A build-time constant, so each build carries only its own branch.)
 */
function startOcrHost(): OcrHostStarter {
  if (import.meta.env.MANIFEST_VERSION === 2) {
    serveOcrHere();
    return { prepare: () => Promise.resolve() };
  }
  return { prepare: ensureOffscreenDocument };
}

export default defineBackground(() => {
  const hellos = new ContentHelloRegistry();
  const handlers = createBackgroundHandlers(hellos, startOcrHost());

  // The polyfill sends a returned promise's value as the reply, in Chrome and Firefox alike;
  // WXT's types describe the bare Chrome callback, which knows nothing of that.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, handlers));
  browser.tabs.onRemoved.addListener((tabId) => hellos.forget(tabId));
});
