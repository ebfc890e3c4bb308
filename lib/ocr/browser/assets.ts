import { OCR_LANGS } from '../types.ts';

// Where the OCR engine's files sit in the built extension. wxt.config.ts copies them there
// from node_modules at build time; the browser adapter builds its URLs from the same names,
// so the two cannot drift apart. Plain data: wxt.config.ts imports this in Node.

export const OCR_ASSET_DIR = 'ocr';
export const OCR_WORKER_FILE = `${OCR_ASSET_DIR}/worker.min.js` as const;
/** A folder: tesseract.js picks the relaxed-SIMD, SIMD or plain core by feature detection. */
export const OCR_CORE_DIR = `${OCR_ASSET_DIR}/core` as const;
export const OCR_LANG_DIR = `${OCR_ASSET_DIR}/lang` as const;

/** LSTM-only cores (OEM 1), in the order tesseract.js prefers them. */
export const OCR_CORE_FILES = [
  'tesseract-core-relaxedsimd-lstm.wasm.js',
  'tesseract-core-simd-lstm.wasm.js',
  'tesseract-core-lstm.wasm.js',
] as const;

/** The @tesseract.js-data folder shipped: LSTM-only integer models (see lib/ocr/node-lang-data.ts). */
export const OCR_DATA_VARIANT = '4.0.0_best_int';

export interface OcrAsset {
  /** Module specifier of the npm package holding the file. */
  pkg: string;
  /** Path inside that package. */
  from: string;
  /** Path inside the built extension. */
  to: string;
}

export function ocrAssets(): OcrAsset[] {
  return [
    { pkg: 'tesseract.js', from: 'dist/worker.min.js', to: OCR_WORKER_FILE },
    // Apache-2.0 asks for the licence to travel with the code.
    { pkg: 'tesseract.js', from: 'LICENSE.md', to: `${OCR_ASSET_DIR}/LICENSE-tesseract.js.md` },
    { pkg: 'tesseract.js-core', from: 'LICENSE', to: `${OCR_ASSET_DIR}/LICENSE-tesseract.js-core.txt` },
    ...OCR_CORE_FILES.map((file) => ({
      pkg: 'tesseract.js-core',
      from: file,
      to: `${OCR_CORE_DIR}/${file}`,
    })),
    ...OCR_LANGS.map((lang) => ({
      pkg: `@tesseract.js-data/${lang}`,
      from: `${OCR_DATA_VARIANT}/${lang}.traineddata.gz`,
      to: `${OCR_LANG_DIR}/${lang}.traineddata.gz`,
    })),
  ];
}
