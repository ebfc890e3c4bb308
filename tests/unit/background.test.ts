import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import { ContentToBackground, PageToBackground } from '@/lib/messaging';

const id = fakeBrowser.runtime.id;
const pageSender = { id, url: `chrome-extension://${id}/popup.html` };

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  async function dispatch(message: unknown, sender: object): Promise<unknown> {
    const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    return replies[0];
  }

  it('acknowledges a content hello and reports it to pages', async () => {
    const hello = { type: ContentToBackground.Hello, url: 'http://127.0.0.1/page' };
    expect(await dispatch(hello, { id, url: 'http://127.0.0.1/page', tab: { id: 5 }, frameId: 0 })).toEqual({
      ok: true,
    });
    expect(await dispatch({ type: PageToBackground.GetContentHellos }, pageSender)).toEqual({
      ok: true,
      hellos: [{ tabId: 5, frameId: 0, url: 'http://127.0.0.1/page' }],
    });
  });

  it('forgets a tab once it is closed', async () => {
    const hello = { type: ContentToBackground.Hello, url: 'http://127.0.0.1/page' };
    await dispatch(hello, { id, url: 'http://127.0.0.1/page', tab: { id: 5 }, frameId: 0 });
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    expect(await dispatch({ type: PageToBackground.GetContentHellos }, pageSender)).toEqual({
      ok: true,
      hellos: [],
    });
  });

  it('answers a message from another extension with an error, not silence', async () => {
    expect(await dispatch({ type: PageToBackground.GetContentHellos }, { id: 'intruder' })).toMatchObject({
      ok: false,
      error: { code: 'foreign-sender' },
    });
  });
});
