/**
 * Solid boxes over the regions a person marks on an image. Pure over RGBA buffers: decoding and
 * encoding (canvas in the browser, sharp in Node) are the caller's. Boxes are opaque fills, never
 * blur or pixelation, which can be reversed; the box grows outward to whole pixels so no partly
 * covered pixel keeps its value.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RgbaImage {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
}

export type Rgba = readonly [number, number, number, number];

export class RedactionError extends Error {
  override name = 'RedactionError';
}

export function checkBox(box: Box): void {
  const values = [box.x, box.y, box.width, box.height];
  if (!values.every(Number.isFinite) || box.width < 0 || box.height < 0) {
    throw new RedactionError('a box needs finite x, y and a width and height of zero or more');
  }
}

/** A copy of the image with every box filled; the input is left as it was. */
export function fillBoxes(image: RgbaImage, boxes: readonly Box[], color: Rgba = [0, 0, 0, 255]): RgbaImage {
  const { width, height } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || image.data.length !== width * height * 4) {
    throw new RedactionError('the pixel buffer does not match its width and height');
  }
  const data = new Uint8ClampedArray(image.data);
  for (const box of boxes) {
    checkBox(box);
    const x0 = clamp(Math.floor(box.x), width);
    const y0 = clamp(Math.floor(box.y), height);
    const x1 = clamp(Math.ceil(box.x + box.width), width);
    const y1 = clamp(Math.ceil(box.y + box.height), height);
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) data.set(color, (y * width + x) * 4);
    }
  }
  return { data, width, height };
}

/** Whether an OCR word box touches a redaction box (its text must then not leave either). */
export function touches(box: Box, bbox: { x0: number; y0: number; x1: number; y1: number }): boolean {
  return bbox.x0 < box.x + box.width && bbox.x1 > box.x && bbox.y0 < box.y + box.height && bbox.y1 > box.y;
}

function clamp(v: number, max: number): number {
  return Math.min(Math.max(v, 0), max);
}
