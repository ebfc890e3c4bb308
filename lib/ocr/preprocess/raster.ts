/** Pixels as browsers (ImageData, OffscreenCanvas) and decoders (sharp raw output) give them: RGBA, row-major. */
export interface RgbaImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** One luminance byte per pixel, row-major. */
export interface GrayImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export function grayImage(width: number, height: number): GrayImage {
  return { data: new Uint8ClampedArray(width * height), width, height };
}

export function assertRgba(img: RgbaImage): void {
  if (!Number.isInteger(img.width) || !Number.isInteger(img.height) || img.width <= 0 || img.height <= 0) {
    throw new RangeError(`Image size must be positive integers, got ${img.width}×${img.height}.`);
  }
  if (img.data.length !== img.width * img.height * 4) {
    throw new RangeError(
      `RGBA buffer holds ${img.data.length} bytes, expected ${img.width * img.height * 4}.`,
    );
  }
}
