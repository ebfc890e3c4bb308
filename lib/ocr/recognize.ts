import type { OcrEngine } from './engine.ts';
import { readPage, type BoxMapper } from './page.ts';
import {
  DEFAULT_PREPROCESS,
  encodePgm,
  preprocess,
  type PreprocessSettings,
  type RgbaImage,
} from './preprocess/index.ts';
import { DEFAULT_OCR_LANGS, type OcrOptions, type OcrResult } from './types.ts';
import { OcrError } from './errors.ts';

/**
 * The environment-independent half of OCR: pixels in (from sharp in Node, from an
 * OffscreenCanvas in the extension), text with boxes in original coordinates out.
 */
export async function recognizeRgba(
  engine: OcrEngine,
  rgba: RgbaImage,
  options: OcrOptions = {},
  settings: PreprocessSettings = DEFAULT_PREPROCESS,
  decodeMs = 0,
): Promise<OcrResult> {
  const started = performance.now();
  let prepared;
  try {
    prepared = preprocess(rgba, options.crop, settings);
  } catch (err) {
    if (err instanceof RangeError && options.crop !== undefined) throw new OcrError('bad-crop', err.message);
    throw err;
  }
  const { image, info } = prepared;
  const preprocessed = performance.now();
  const page = await engine.recognize(
    encodePgm(image),
    options.langs ?? DEFAULT_OCR_LANGS,
    options.onProgress,
  );
  const recognized = performance.now();

  const offsetX = info.crop?.x ?? 0;
  const offsetY = info.crop?.y ?? 0;
  const sx = (info.crop?.width ?? rgba.width) / image.width;
  const sy = (info.crop?.height ?? rgba.height) / image.height;
  const mapBox: BoxMapper = (b) => ({
    x0: Math.round(offsetX + b.x0 * sx),
    y0: Math.round(offsetY + b.y0 * sy),
    x1: Math.round(offsetX + b.x1 * sx),
    y1: Math.round(offsetY + b.y1 * sy),
  });
  const { text, confidence, lines, words } = readPage(page, mapBox);
  return {
    text,
    confidence,
    words,
    lines,
    width: rgba.width,
    height: rgba.height,
    preprocessing: info,
    timingsMs: {
      decode: decodeMs,
      preprocess: preprocessed - started,
      recognize: recognized - preprocessed,
      total: decodeMs + (recognized - started),
    },
  };
}
