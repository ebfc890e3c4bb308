import { browser } from 'wxt/browser';
import { OcrEngine, type EngineSettings } from '../engine.ts';
import { recognizeRgba } from '../recognize.ts';
import type { OcrOptions, OcrResult } from '../types.ts';
import { OCR_CORE_DIR, OCR_LANG_DIR, OCR_WORKER_FILE } from './assets.ts';
import { decodeImageBytes } from './decode.ts';
import { ocrWorkerCount } from './worker-count.ts';

/** The engine pointed at the files shipped in the build: no CDN, no blob: worker, no cache. */
export function browserEngineSettings(): EngineSettings {
  return {
    workerPath: browser.runtime.getURL(`/${OCR_WORKER_FILE}`),
    corePath: browser.runtime.getURL(`/${OCR_CORE_DIR}`),
    langPath: browser.runtime.getURL(`/${OCR_LANG_DIR}`),
    // MV3's CSP refuses blob: workers, and a blob: worker would still load the CDN script.
    workerBlobURL: false,
    maxWorkers: ocrWorkerCount(),
    idleMs: 60_000,
    startTimeoutMs: 30_000,
  };
}

/** OCR in this document: the back end of the OCR host (offscreen document or background page). */
export interface LocalOcr {
  readonly maxWorkers: number;
  recognize(image: Uint8Array, options?: OcrOptions): Promise<OcrResult>;
  terminate(): Promise<void>;
}

export function createLocalOcr(settings: EngineSettings = browserEngineSettings()): LocalOcr {
  const engine = new OcrEngine(settings);
  return {
    maxWorkers: settings.maxWorkers ?? 1,
    async recognize(image, options = {}) {
      const started = performance.now();
      const rgba = await decodeImageBytes(image);
      return recognizeRgba(engine, rgba, options, undefined, performance.now() - started);
    },
    terminate: () => engine.terminate(),
  };
}
