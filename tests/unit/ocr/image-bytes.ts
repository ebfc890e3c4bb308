// Hand-built image containers: only the structure the guard reads, not valid pixel data.

const u32be = (v: number): number[] => [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
const u32le = (v: number): number[] => [v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255];
const u16le = (v: number): number[] => [v & 255, (v >>> 8) & 255];
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngChunk(type: string, data: number[] = []): number[] {
  return [...u32be(data.length), ...ascii(type), ...data, 0, 0, 0, 0]; // CRC is not checked
}

export function png(width: number, height: number, extra: number[] = [], end = true): Uint8Array {
  const ihdr = [...u32be(width), ...u32be(height), 8, 6, 0, 0, 0];
  return Uint8Array.from([
    ...PNG_SIG,
    ...pngChunk('IHDR', ihdr),
    ...extra,
    ...pngChunk('IDAT', [1, 2, 3]),
    ...(end ? pngChunk('IEND') : []),
  ]);
}

export function jpeg(width: number, height: number, end = true): Uint8Array {
  const app0 = [0xff, 0xe0, 0, 16, ...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [0xff, 0xc0, 0, 11, 8, height >> 8, height & 255, width >> 8, width & 255, 1, 1, 0x11, 0];
  const sos = [0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0];
  const scan = [0x12, 0xff, 0x00, 0x34]; // FF 00 is a stuffed data byte, not a marker
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof0, ...sos, ...scan, ...(end ? [0xff, 0xd9] : [])]);
}

function riff(chunks: number[]): number[] {
  return [...ascii('RIFF'), ...u32le(4 + chunks.length), ...ascii('WEBP'), ...chunks];
}

function webpChunk(type: string, data: number[]): number[] {
  return [...ascii(type), ...u32le(data.length), ...data, ...(data.length % 2 === 1 ? [0] : [])];
}

export function webpLossless(width: number, height: number): Uint8Array {
  const bits = ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14);
  return Uint8Array.from(riff(webpChunk('VP8L', [0x2f, ...u32le(bits), 0, 0])));
}

export function webpLossy(width: number, height: number): Uint8Array {
  return Uint8Array.from(
    riff(webpChunk('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...u16le(width), ...u16le(height), 0, 0])),
  );
}

export function webpExtended(width: number, height: number, flags: number, more: number[] = []): Uint8Array {
  const u24 = (v: number): number[] => [v & 255, (v >>> 8) & 255, (v >>> 16) & 255];
  const vp8x = webpChunk('VP8X', [flags, 0, 0, 0, ...u24(width - 1), ...u24(height - 1)]);
  return Uint8Array.from(riff([...vp8x, ...more]));
}

export const webpAnimChunk = (): number[] => webpChunk('ANIM', [0, 0, 0, 0, 0, 0]);

export function bmp(width: number, height: number, rows = Math.abs(height)): Uint8Array {
  const rowBytes = Math.ceil((width * 24) / 32) * 4;
  const pixels = new Array<number>(rowBytes * rows).fill(0x80);
  const header = [
    ...ascii('BM'),
    ...u32le(54 + rowBytes * Math.abs(height)),
    0,
    0,
    0,
    0,
    ...u32le(54),
    ...u32le(40),
    ...u32le(width),
    ...u32le(height),
    ...u16le(1),
    ...u16le(24),
    ...u32le(0),
    ...u32le(0),
    ...u32le(2835),
    ...u32le(2835),
    ...u32le(0),
    ...u32le(0),
  ];
  return Uint8Array.from([...header, ...pixels]);
}

export const bytesOf = (s: string): Uint8Array => Uint8Array.from(ascii(s));
export { u32be };
