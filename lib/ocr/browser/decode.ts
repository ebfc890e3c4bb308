import { OcrError } from '../errors.ts';
import { checkFileSize, checkImage } from '../image-guard.ts';
import type { RgbaImage } from '../preprocess/index.ts';

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Checks the bytes with the image guard (size, format, declared dimensions, animation), and only
 * then decodes to RGBA with the browser's own decoder. createImageBitmap applies EXIF rotation,
 * as image viewers show it; the pixels come out of an OffscreenCanvas, so no DOM is needed
 * (offscreen document, background page and worker alike).
 */
export async function decodeImageBytes(bytes: Uint8Array): Promise<RgbaImage> {
  const guard = checkImage(bytes);
  if (!guard.ok) throw new OcrError(guard.code, guard.reason);

  let bitmap: ImageBitmap;
  try {
    // Bytes read from a file or decoded from a message, never shared memory.
    bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  } catch (err) {
    throw new OcrError('decode-failed', `The image could not be decoded: ${describe(err)}`);
  }
  try {
    const { width, height } = bitmap;
    if (width === 0 || height === 0) throw new OcrError('zero-size', 'The image has no pixels.');
    const canvas = new OffscreenCanvas(width, height);
    // willReadFrequently keeps the canvas in CPU memory: its pixels are read back once, whole.
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (context === null)
      throw new OcrError('decode-failed', 'No 2D canvas is available to decode the image.');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, width, height);
    return { data, width, height };
  } finally {
    bitmap.close();
  }
}

/** As decodeImageBytes, refusing an oversized file before reading it into memory. */
export async function decodeImageBlob(blob: Blob): Promise<RgbaImage> {
  const tooBig = checkFileSize(blob.size);
  if (tooBig !== undefined && !tooBig.ok) throw new OcrError(tooBig.code, tooBig.reason);
  return decodeImageBytes(new Uint8Array(await blob.arrayBuffer()));
}
