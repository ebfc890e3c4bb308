import sharp from 'sharp';
import type { ImageCodec } from '../report/redact';

/** The Node side of image redaction (the extension's is a canvas): decode to RGBA, encode PNG. */
export const sharpCodec: ImageCodec = {
  async decode(bytes) {
    const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return {
      data: new Uint8Array(data.buffer, data.byteOffset, data.length),
      width: info.width,
      height: info.height,
    };
  },
  async encode(image) {
    const png = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 4 } })
      .png()
      .toBuffer();
    return new Uint8Array(png);
  },
};
