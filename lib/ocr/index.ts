// The environment-independent OCR API. Node callers add lib/ocr/node.ts (sharp decoding,
// language data from node_modules); extension pages will add their own adapter that decodes
// with createImageBitmap and points the engine at files shipped in the build.
export { OcrEngine, DEFAULT_PARAMS, type EngineSettings } from './engine.ts';
export { OcrError, type OcrErrorCode } from './errors.ts';
export {
  checkFileSize,
  checkImage,
  MAX_BYTES,
  MAX_PIXELS,
  type GuardResult,
  type ImageFormat,
} from './image-guard.ts';
export {
  DEFAULT_PREPROCESS,
  preprocess,
  type PreprocessSettings,
  type RgbaImage,
} from './preprocess/index.ts';
export { recognizeRgba } from './recognize.ts';
export * from './types.ts';

/** What a caller shows when the image held nothing readable. */
export const NO_TEXT_FOUND = 'No text found in the image.';
