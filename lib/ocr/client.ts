import { OcrError } from './errors.ts';
import type { OcrOptions, OcrResult } from './types.ts';

/**
 * What extension pages (popup, dashboard) use to read an image. Where the OCR really runs
 * (an offscreen document in Chrome, the background page in Firefox, or the page itself) is
 * the implementation's business; the UI only sees this interface, and tests give it a mock.
 */
export interface OcrClient {
  recognize(image: Blob, options?: OcrOptions & { signal?: AbortSignal }): Promise<OcrResult>;
}

let current: OcrClient | undefined;

/** Installs the OCR client of this page (the entrypoint wires the real one). */
export function setOcrClient(client: OcrClient): void {
  current = client;
}

export function getOcrClient(): OcrClient {
  return (
    current ?? {
      recognize: () =>
        Promise.reject(new OcrError('engine-start-failed', 'Reading images is not available in this page.')),
    }
  );
}
