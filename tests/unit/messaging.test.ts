import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  ContentHelloRegistry,
  ContentToBackground,
  createBackgroundHandlers,
  handleMessage,
  PageToBackground,
  type MessageSender,
} from '@/lib/messaging';

const EXTENSION_ID = fakeBrowser.runtime.id;
const PAGE_URL = `chrome-extension://${EXTENSION_ID}/dashboard.html`;

const contentSender: MessageSender = {
  id: EXTENSION_ID,
  url: 'http://127.0.0.1:8080/chat',
  tab: { id: 7 },
  frameId: 0,
};
const pageSender: MessageSender = { id: EXTENSION_ID, url: PAGE_URL };

describe('handleMessage', () => {
  let hellos: ContentHelloRegistry;
  let handlers: ReturnType<typeof createBackgroundHandlers>;
  let prepareOcr: ReturnType<typeof vi.fn<() => Promise<void>>>;

  beforeEach(() => {
    fakeBrowser.reset();
    hellos = new ContentHelloRegistry();
    prepareOcr = vi.fn(() => Promise.resolve());
    handlers = createBackgroundHandlers(hellos, { prepare: prepareOcr });
  });

  it('starts the OCR host when a page is about to read an image', async () => {
    const reply = await handleMessage({ type: PageToBackground.PrepareOcr }, pageSender, handlers);
    expect(reply).toEqual({ ok: true });
    expect(prepareOcr).toHaveBeenCalledOnce();
  });

  it('lets no web page start the OCR host', async () => {
    const reply = await handleMessage({ type: PageToBackground.PrepareOcr }, contentSender, handlers);
    expect(reply).toMatchObject({ ok: false, error: { code: 'wrong-sender-kind' } });
    expect(prepareOcr).not.toHaveBeenCalled();
  });

  it('refuses a malformed request to start the OCR host', async () => {
    const reply = await handleMessage({ type: PageToBackground.PrepareOcr, extra: 1 }, pageSender, handlers);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(prepareOcr).not.toHaveBeenCalled();
  });

  it('says why the OCR host could not start', async () => {
    prepareOcr.mockRejectedValueOnce(new Error('offscreen document refused'));
    expect(await handleMessage({ type: PageToBackground.PrepareOcr }, pageSender, handlers)).toEqual({
      ok: false,
      error: { code: 'handler-failed', message: 'page/prepare-ocr failed: offscreen document refused' },
    });
  });

  it('records a content script hello and acknowledges it', async () => {
    const reply = await handleMessage(
      { type: ContentToBackground.Hello, url: 'http://127.0.0.1:8080/chat' },
      contentSender,
      handlers,
    );
    expect(reply).toEqual({ ok: true });
    expect(hellos.list()).toEqual([{ tabId: 7, frameId: 0, url: 'http://127.0.0.1:8080/chat' }]);
  });

  it('answers pages with the hellos it holds', async () => {
    hellos.record({ tabId: 3, frameId: 0, url: 'https://example.org/' });
    const reply = await handleMessage({ type: PageToBackground.GetContentHellos }, pageSender, handlers);
    expect(reply).toEqual({ ok: true, hellos: [{ tabId: 3, frameId: 0, url: 'https://example.org/' }] });
  });

  it('refuses messages from another extension', async () => {
    const reply = await handleMessage(
      { type: ContentToBackground.Hello, url: 'https://example.org/' },
      { ...contentSender, id: 'some-other-extension' },
      handlers,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
    expect(hellos.list()).toEqual([]);
  });

  it('refuses a page-only message sent from a web page', async () => {
    const reply = await handleMessage({ type: PageToBackground.GetContentHellos }, contentSender, handlers);
    expect(reply).toMatchObject({ ok: false, error: { code: 'wrong-sender-kind' } });
  });

  it('refuses a content message that did not come from a tab', async () => {
    const reply = await handleMessage(
      { type: ContentToBackground.Hello, url: 'https://example.org/' },
      { id: EXTENSION_ID, url: 'https://example.org/' },
      handlers,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'wrong-sender-kind' } });
  });

  it.each([
    ['a missing url', { type: ContentToBackground.Hello }],
    ['a url that is not a URL', { type: ContentToBackground.Hello, url: 'not a url' }],
    ['an oversized url', { type: ContentToBackground.Hello, url: `https://example.org/${'a'.repeat(9000)}` }],
    ['an unexpected field', { type: ContentToBackground.Hello, url: 'https://example.org/', extra: 1 }],
  ])('refuses a hello with %s', async (_label, message) => {
    const reply = await handleMessage(message, contentSender, handlers);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(hellos.list()).toEqual([]);
  });

  it.each([null, 'content/hello', 42, {}, { type: 'content/goodbye' }, { type: 'toString' }])(
    'refuses %j as an unknown message',
    async (message) => {
      const reply = await handleMessage(message, contentSender, handlers);
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    },
  );

  it('turns a handler failure into a typed error', async () => {
    const failing = {
      ...handlers,
      [PageToBackground.GetContentHellos]: () => {
        throw new Error('boom');
      },
    };
    const reply = await handleMessage({ type: PageToBackground.GetContentHellos }, pageSender, failing);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'handler-failed', message: 'page/get-content-hellos failed: boom' },
    });
  });
});
