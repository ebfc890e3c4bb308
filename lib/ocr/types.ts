/** Tesseract language codes Tekshur ships data for. */
export type OcrLang = 'eng' | 'chi_sim' | 'uig' | 'tur' | 'kaz';

export const OCR_LANGS: readonly OcrLang[] = ['eng', 'chi_sim', 'uig', 'tur', 'kaz'];

/** English, Chinese and Uyghur: the languages most of these messages come in. */
export const DEFAULT_OCR_LANGS: readonly OcrLang[] = ['eng', 'chi_sim', 'uig'];

export interface OcrRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrProgress {
  stage: 'loading' | 'recognizing';
  /** 0..1 within the stage. */
  progress: number;
}

export interface OcrOptions {
  langs?: readonly OcrLang[];
  /** Region of the original image to read, in its pixels. */
  crop?: OcrRect;
  onProgress?: (p: OcrProgress) => void;
}

export interface OcrWord {
  text: string;
  /** 0..100, as Tesseract reports it. */
  confidence: number;
  /** In the coordinates of the original image (crop and scale undone). */
  bbox: OcrBox;
}

export interface OcrLine {
  text: string;
  confidence: number;
  bbox: OcrBox;
  words: OcrWord[];
}

export interface OcrPreprocessing {
  /** The image was read as dark mode and inverted to dark text on light. */
  inverted: boolean;
  /** Factor applied to the (cropped) image before recognition. */
  scale: number;
  /** Background luminance (0..255) the dark-mode decision was taken on. */
  background: number;
  /** Estimated height of lower-case letters in the original image, or null if no text-like shapes. */
  textHeight: number | null;
  crop: OcrRect | null;
  /** Size of the image Tesseract saw. */
  width: number;
  height: number;
}

export interface OcrTimings {
  decode: number;
  preprocess: number;
  recognize: number;
  total: number;
}

export interface OcrResult {
  /** Whitespace-tidied text: lines joined by \n, runs of spaces collapsed. */
  text: string;
  /** Mean word confidence 0..100 (0 when nothing was read). */
  confidence: number;
  words: OcrWord[];
  lines: OcrLine[];
  /** Size of the original image. */
  width: number;
  height: number;
  preprocessing: OcrPreprocessing;
  timingsMs: OcrTimings;
}
