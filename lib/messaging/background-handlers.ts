import type { Handlers } from './handle';
import type { ContentHelloRegistry } from './content-hellos';
import { ContentToBackground, PageToBackground } from './protocol';

/** The background's answers to each message; state is passed in so tests can see it. */
export function createBackgroundHandlers(hellos: ContentHelloRegistry): Handlers {
  return {
    [ContentToBackground.Hello]: (request, sender) => {
      if (sender.tabId === undefined) throw new Error('hello without a tab');
      hellos.record({ tabId: sender.tabId, frameId: sender.frameId ?? 0, url: request.url });
      return { ok: true };
    },
    [PageToBackground.GetContentHellos]: () => ({ ok: true, hellos: hellos.list() }),
  };
}
