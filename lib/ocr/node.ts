import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import sharp from 'sharp';
import { OcrEngine, type EngineSettings } from './engine.ts';
import { OcrError } from './errors.ts';
import { checkFileSize, checkImage, MAX_PIXELS } from './image-guard.ts';
import { DEFAULT_VARIANT, gatherLangData, type ModelVariant } from './node-lang-data.ts';
import { DEFAULT_PREPROCESS, type PreprocessSettings, type RgbaImage } from './preprocess/index.ts';
import { recognizeRgba } from './recognize.ts';
import { OCR_LANGS, type OcrOptions, type OcrResult } from './types.ts';

export interface NodeOcrOptions {
  /** Parallel workers for batches; capped at the number of cores. Default 1. */
  workers?: number;
  variant?: ModelVariant;
  idleMs?: number;
  preprocess?: PreprocessSettings;
  /** Extra Tesseract parameters (for measurement). */
  params?: Record<string, string>;
}

export interface NodeOcr {
  recognize(input: string | Uint8Array, options?: OcrOptions): Promise<OcrResult>;
  terminate(): Promise<void>;
}

/** Checks the bytes, then decodes to RGBA with sharp (EXIF rotation applied, as viewers show it). */
export async function decodeImage(bytes: Uint8Array): Promise<RgbaImage> {
  const guard = checkImage(bytes);
  if (!guard.ok) throw new OcrError(guard.code, guard.reason);
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
      .rotate()
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return {
      data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
      width: info.width,
      height: info.height,
    };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new OcrError('decode-failed', `The image could not be decoded: ${detail}`);
  }
}

/** Reads a file, refusing an oversized one from its size alone. */
async function readImageFile(path: string): Promise<Uint8Array> {
  const refusal = checkFileSize((await stat(path)).size);
  if (refusal !== undefined && !refusal.ok) throw new OcrError(refusal.code, refusal.reason);
  return readFile(path);
}

export function createNodeOcr(options: NodeOcrOptions = {}): NodeOcr {
  const settings: EngineSettings = {
    langPath: gatherLangData(OCR_LANGS, options.variant ?? DEFAULT_VARIANT),
    maxWorkers: Math.max(1, Math.min(options.workers ?? 1, availableParallelism())),
    ...(options.idleMs === undefined ? {} : { idleMs: options.idleMs }),
    ...(options.params === undefined ? {} : { params: options.params }),
  };
  const engine = new OcrEngine(settings);
  const preprocessSettings = options.preprocess ?? DEFAULT_PREPROCESS;
  return {
    async recognize(input, ocrOptions = {}) {
      const started = performance.now();
      const bytes = typeof input === 'string' ? await readImageFile(input) : input;
      const rgba = await decodeImage(bytes);
      return recognizeRgba(engine, rgba, ocrOptions, preprocessSettings, performance.now() - started);
    },
    terminate: () => engine.terminate(),
  };
}

/** One-off recognition: starts a worker, reads the image, ends the worker. */
export async function recognizeFile(
  input: string | Uint8Array,
  options: OcrOptions = {},
): Promise<OcrResult> {
  const ocr = createNodeOcr();
  try {
    return await ocr.recognize(input, options);
  } finally {
    await ocr.terminate();
  }
}
