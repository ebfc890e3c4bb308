import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ensureOffscreenDocument } from '@/lib/ocr/browser/offscreen-document';

// The fake browser has no offscreen API nor runtime.getContexts: the test gives it both.
const api = fakeBrowser as unknown as {
  runtime: { getContexts: ReturnType<typeof vi.fn<(filter: unknown) => Promise<unknown[]>>> };
  offscreen: { createDocument: ReturnType<typeof vi.fn<(parameters: unknown) => Promise<void>>> };
};

describe('ensureOffscreenDocument', () => {
  let open: boolean;

  beforeEach(() => {
    fakeBrowser.reset();
    open = false;
    api.runtime.getContexts = vi.fn(() =>
      Promise.resolve(open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []),
    );
    api.offscreen = {
      createDocument: vi.fn(async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        open = true;
      }),
    };
  });

  it('creates the document once for callers arriving together, for workers', async () => {
    await Promise.all([ensureOffscreenDocument(), ensureOffscreenDocument(), ensureOffscreenDocument()]);
    expect(api.offscreen.createDocument).toHaveBeenCalledOnce();
    expect(api.offscreen.createDocument).toHaveBeenCalledWith({
      url: fakeBrowser.runtime.getURL('/offscreen.html'),
      reasons: ['WORKERS'],
      justification: expect.any(String),
    });
  });

  it('reuses a document that is already open (after a service worker restart, say)', async () => {
    open = true;
    await ensureOffscreenDocument();
    expect(api.offscreen.createDocument).not.toHaveBeenCalled();
  });

  it('passes a real failure on, and tries again next time', async () => {
    api.offscreen.createDocument.mockRejectedValueOnce(new Error('offscreen API unavailable'));
    await expect(ensureOffscreenDocument()).rejects.toThrow('offscreen API unavailable');
    await ensureOffscreenDocument();
    expect(api.offscreen.createDocument).toHaveBeenCalledTimes(2);
  });

  it('takes "only one offscreen document" as success when the document exists', async () => {
    api.offscreen.createDocument.mockImplementationOnce(() => {
      open = true;
      return Promise.reject(new Error('Only a single offscreen document may be created.'));
    });
    await expect(ensureOffscreenDocument()).resolves.toBeUndefined();
  });
});
