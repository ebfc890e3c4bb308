import { grayImage, type GrayImage } from './raster.ts';

/**
 * Resizes by `factor`: box (area) averaging when shrinking, so thin strokes fade rather than
 * vanish between samples; bilinear when enlarging.
 */
export function scaleGray(img: GrayImage, factor: number): GrayImage {
  if (!(factor > 0) || !Number.isFinite(factor))
    throw new RangeError(`Scale factor must be positive, got ${factor}.`);
  const width = Math.max(1, Math.round(img.width * factor));
  const height = Math.max(1, Math.round(img.height * factor));
  if (width === img.width && height === img.height) return img;
  return factor < 1 ? shrink(img, width, height) : enlarge(img, width, height);
}

function shrink(img: GrayImage, width: number, height: number): GrayImage {
  const out = grayImage(width, height);
  const sx = img.width / width;
  const sy = img.height / height;
  // Column spans are the same for every row: compute once.
  const colStart = new Int32Array(width);
  const colEnd = new Int32Array(width);
  for (let x = 0; x < width; x++) {
    colStart[x] = Math.floor(x * sx);
    colEnd[x] = Math.max(colStart[x]! + 1, Math.min(img.width, Math.floor((x + 1) * sx)));
  }
  const rowSums = new Uint32Array(img.width);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.min(img.height, Math.floor((y + 1) * sy)));
    rowSums.fill(0);
    for (let yy = y0; yy < y1; yy++) {
      const row = yy * img.width;
      for (let x = 0; x < img.width; x++) rowSums[x]! += img.data[row + x]!;
    }
    const rows = y1 - y0;
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let xx = colStart[x]!; xx < colEnd[x]!; xx++) sum += rowSums[xx]!;
      out.data[y * width + x] = sum / (rows * (colEnd[x]! - colStart[x]!));
    }
  }
  return out;
}

function enlarge(img: GrayImage, width: number, height: number): GrayImage {
  const out = grayImage(width, height);
  const sx = img.width / width;
  const sy = img.height / height;
  for (let y = 0; y < height; y++) {
    const fy = Math.max(0, (y + 0.5) * sy - 0.5);
    const y0 = Math.min(img.height - 1, Math.floor(fy));
    const y1 = Math.min(img.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.max(0, (x + 0.5) * sx - 0.5);
      const x0 = Math.min(img.width - 1, Math.floor(fx));
      const x1 = Math.min(img.width - 1, x0 + 1);
      const wx = fx - x0;
      const top = img.data[y0 * img.width + x0]! * (1 - wx) + img.data[y0 * img.width + x1]! * wx;
      const bottom = img.data[y1 * img.width + x0]! * (1 - wx) + img.data[y1 * img.width + x1]! * wx;
      out.data[y * width + x] = top * (1 - wy) + bottom * wy;
    }
  }
  return out;
}
