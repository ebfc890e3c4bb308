// Renders tests/tools/icon.svg to the PNG sizes browsers ask for. Run by hand after
// editing the SVG (`npx tsx tests/tools/make-icons.ts`); the PNGs are committed so builds
// need no image tooling.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const SIZES = [16, 32, 48, 96, 128];
const source = fileURLToPath(new URL('./icon.svg', import.meta.url));
const outDir = fileURLToPath(new URL('../../public/icon/', import.meta.url));

await mkdir(outDir, { recursive: true });
for (const size of SIZES) {
  await sharp(source, { density: 72 * (size / 128) * 4 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toFile(`${outDir}${size}.png`);
  console.log(`public/icon/${size}.png`);
}
