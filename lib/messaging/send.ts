import { browser } from 'wxt/browser';
import type { MessageType, Reply, Request } from './protocol';

/** Typed request to the background from a content script or an extension page. */
export async function sendToBackground<K extends MessageType>(request: Request<K>): Promise<Reply<K>> {
  return (await browser.runtime.sendMessage(request)) as Reply<K>;
}
