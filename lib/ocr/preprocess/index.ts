import type { OcrPreprocessing, OcrRect } from '../types.ts';
import { clampRect, cropRgba } from './crop.ts';
import { toGrayscale } from './grayscale.ts';
import { estimateBackground, invert, isDarkBackground } from './polarity.ts';
import type { GrayImage, RgbaImage } from './raster.ts';
import { scaleGray } from './scale.ts';
import { estimateTextHeight } from './text-size.ts';

export type { GrayImage, RgbaImage } from './raster.ts';
export { encodePgm } from './pgm.ts';

export interface PreprocessSettings {
  /** Height (px) the estimated text height is scaled to; null keeps the original size. */
  targetTextHeight: number | null;
  /** Bounds on the scale factor, so a misjudged size cannot blow up or erase the image. */
  minScale: number;
  maxScale: number;
  /** Invert dark-mode images (measured: needed on dark themes). */
  invertDark: boolean;
}

export const DEFAULT_PREPROCESS: PreprocessSettings = {
  targetTextHeight: 15,
  minScale: 0.25,
  maxScale: 3,
  invertDark: true,
};

export interface Preprocessed {
  image: GrayImage;
  info: OcrPreprocessing;
}

/** Crop → grayscale → dark-mode inversion → scale to the text size Tesseract reads best. */
export function preprocess(
  rgba: RgbaImage,
  crop: OcrRect | undefined,
  settings: PreprocessSettings = DEFAULT_PREPROCESS,
): Preprocessed {
  let region: OcrRect | null = null;
  let source = rgba;
  if (crop !== undefined) {
    region = clampRect(crop, rgba.width, rgba.height);
    if (region === null) throw new RangeError('The crop rectangle does not overlap the image.');
    source = cropRgba(rgba, region);
  }
  let gray = toGrayscale(source);
  const background = estimateBackground(gray);
  const inverted = settings.invertDark && isDarkBackground(background);
  if (inverted) gray = invert(gray);
  const textHeight = estimateTextHeight(gray, inverted ? 255 - background : background);
  let scale = 1;
  if (settings.targetTextHeight !== null && textHeight !== null) {
    scale = Math.min(settings.maxScale, Math.max(settings.minScale, settings.targetTextHeight / textHeight));
    // Within 10 % of the target, resampling blurs more than it helps.
    if (Math.abs(scale - 1) < 0.1) scale = 1;
  }
  const image = scale === 1 ? gray : scaleGray(gray, scale);
  return {
    image,
    info: {
      inverted,
      // The factor actually applied after rounding to whole pixels.
      scale: image.width / gray.width,
      background,
      textHeight,
      crop: region,
      width: image.width,
      height: image.height,
    },
  };
}
