import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { OcrLang } from './types.ts';

/**
 * `4.0.0_best_int` is LSTM-only (what OEM 1 uses); `4.0.0` adds the legacy engine's data and is
 * 2–6× bigger. The packages ship no "fast" models.
 */
export type ModelVariant = '4.0.0_best_int' | '4.0.0';

export const DEFAULT_VARIANT: ModelVariant = '4.0.0_best_int';

const require = createRequire(import.meta.url);

/** The `<lang>.traineddata.gz` inside its @tesseract.js-data package. */
export function packagedDataFile(lang: OcrLang, variant: ModelVariant): string {
  const pkg = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  return join(pkg, variant, `${lang}.traineddata.gz`);
}

/**
 * tesseract.js in Node reads every language from one folder, while each package has its own:
 * link (or copy, where links are not allowed) the files into node_modules/.cache, or the
 * system temp folder when that is read-only. Never the working directory, never the network.
 */
export function gatherLangData(langs: readonly OcrLang[], variant: ModelVariant = DEFAULT_VARIANT): string {
  const sources = langs.map((lang) => ({ lang, file: packagedDataFile(lang, variant) }));
  // node_modules/@tesseract.js-data/eng/package.json → node_modules
  const nodeModules = dirname(dirname(dirname(require.resolve('@tesseract.js-data/eng/package.json'))));
  const candidates = [
    join(nodeModules, '.cache', 'tekshur-ocr', variant),
    join(tmpdir(), 'tekshur-ocr', variant),
  ];
  let lastError: unknown;
  for (const folder of candidates) {
    try {
      mkdirSync(folder, { recursive: true });
      for (const { lang, file } of sources) {
        const target = join(folder, `${lang}.traineddata.gz`);
        if (existsSync(target)) continue;
        rmSync(target, { force: true }); // a dangling link left by a moved checkout
        try {
          symlinkSync(file, target);
        } catch {
          copyFileSync(file, target);
        }
      }
      return folder;
    } catch (err) {
      lastError = err;
    }
  }
  throw new Error(`Could not prepare the OCR language data folder: ${String(lastError)}`);
}
