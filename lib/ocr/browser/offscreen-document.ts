import { browser } from 'wxt/browser';

/** The page built from entrypoints/offscreen/ (Chrome only). */
export const OFFSCREEN_PATH = '/offscreen.html';

let creating: Promise<void> | undefined;

/**
 * Chrome's service worker cannot start Web Workers, so OCR runs in an offscreen document.
 * It is created on the first OCR request and then reused; the engine inside gives its
 * workers' memory back after a minute idle. Safe to call concurrently.
 */
export async function ensureOffscreenDocument(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const existing = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [url],
  });
  if (existing.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({
      url,
      reasons: ['WORKERS'],
      justification: 'Reads text in screenshots on the device (OCR) in Web Workers.',
    })
    .catch(async (err: unknown) => {
      // A service worker restarted mid-creation may race itself; only a missing document is an error.
      const again = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
      if (again.length === 0) throw err;
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}
