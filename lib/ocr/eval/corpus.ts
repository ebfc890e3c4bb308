import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { OcrLang } from '../types.ts';

export interface CorpusImage {
  path: string;
  file: string;
  lang: string;
  /** Tesseract model for the image's own language. */
  ocrLang: OcrLang;
  /** Chat theme from the file name: sms-dark, wa-light, wa-dark, wechat. */
  theme: string;
  expectedText: string;
}

const OCR_LANG_OF: Record<string, OcrLang> = { en: 'eng', zh: 'chi_sim', ug: 'uig', tr: 'tur', kk: 'kaz' };

/** Reads images.jsonl next to (one level above) the images folder. */
export function loadCorpus(imagesDir: string): CorpusImage[] {
  const dir = resolve(imagesDir);
  const manifest = join(dirname(dir), 'images.jsonl');
  return readFileSync(manifest, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as { file: string; lang: string; expected_text: string };
      const file = basename(row.file);
      const ocrLang = OCR_LANG_OF[row.lang];
      if (ocrLang === undefined) throw new Error(`${file}: no OCR language for "${row.lang}".`);
      const theme = /_(sms-dark|wa-light|wa-dark|wechat)_/.exec(file)?.[1] ?? 'unknown';
      return { path: join(dir, file), file, lang: row.lang, ocrLang, theme, expectedText: row.expected_text };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}
