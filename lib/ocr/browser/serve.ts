import { browser } from 'wxt/browser';
import { serveOcrPorts } from './host.ts';
import type { ConnectEvent } from './port.ts';
import { ocrWorkerCount } from './worker-count.ts';

/**
 * Makes this document the OCR host: Chrome's offscreen document, or Firefox's background page
 * (which has a window and can start Web Workers). Call it at the top level of the document's
 * script, so the listener exists before the first port arrives; tesseract.js loads with the
 * first job.
 */
export function serveOcrHere(): void {
  serveOcrPorts(browser.runtime.onConnect as unknown as ConnectEvent, {
    extensionId: browser.runtime.id,
    maxJobs: ocrWorkerCount(),
    loadBackend: async () => (await import('./local.ts')).createLocalOcr(),
  });
}
