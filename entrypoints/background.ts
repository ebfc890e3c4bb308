import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ContentHelloRegistry, createBackgroundHandlers, handleMessage } from '@/lib/messaging';

export default defineBackground(() => {
  const hellos = new ContentHelloRegistry();
  const handlers = createBackgroundHandlers(hellos);

  // The polyfill sends a returned promise's value as the reply, in Chrome and Firefox alike;
  // WXT's types describe the bare Chrome callback, which knows nothing of that.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, handlers));
  browser.tabs.onRemoved.addListener((tabId) => hellos.forget(tabId));
});
