// Character error rate of OCR on the corpus screenshots: `npm run eval:ocr -- [images dir] [flags]`.
//
// Method: for each screenshot, the whole OCR output is searched for the stretch closest to
// `expected_text` (the last bubble) by approximate substring matching (lib/ocr/eval/cer.ts):
// CER = edits / characters of the expected text, after NFKC, removing bidi marks and collapsing
// every whitespace run (line breaks included) to one space. Text outside the bubble is free.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { substringCer } from '../ocr/eval/cer.ts';
import { loadCorpus, type CorpusImage } from '../ocr/eval/corpus.ts';
import type { ModelVariant } from '../ocr/node-lang-data.ts';
import { createNodeOcr } from '../ocr/node.ts';
import { DEFAULT_PREPROCESS, type PreprocessSettings } from '../ocr/preprocess/index.ts';
import { DEFAULT_OCR_LANGS, OCR_LANGS, type OcrLang } from '../ocr/types.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    langs: { type: 'string', default: DEFAULT_OCR_LANGS.join('+') },
    'add-own': { type: 'boolean', default: false },
    variant: { type: 'string', default: '4.0.0_best_int' },
    'text-height': { type: 'string' },
    'no-invert': { type: 'boolean', default: false },
    param: { type: 'string', multiple: true, default: [] },
    system: { type: 'boolean', default: false },
    json: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    // Accuracy only: skip the warm-up run that makes the timing column fair.
    once: { type: 'boolean', default: false },
    // Robustness: also read each screenshot resized by these factors (e.g. 0.75,1.33), as
    // phones with other screen densities would give them.
    rescale: { type: 'string', default: '1' },
  },
});

function parseLangs(spec: string): OcrLang[] {
  const langs = spec.split('+');
  for (const l of langs)
    if (!OCR_LANGS.includes(l as OcrLang)) throw new Error(`Unknown OCR language "${l}".`);
  return langs as OcrLang[];
}

function langsFor(img: CorpusImage, base: OcrLang[]): OcrLang[] {
  return values['add-own'] && !base.includes(img.ocrLang) ? [...base, img.ocrLang] : base;
}

interface Row {
  file: string;
  lang: string;
  theme: string;
  langs: string;
  cer: number;
  ms: number;
  matched: string;
}

const baseLangs = parseLangs(values.langs);
const textHeight = values['text-height'];
const preprocess: PreprocessSettings = {
  ...DEFAULT_PREPROCESS,
  ...(textHeight === undefined
    ? {}
    : { targetTextHeight: textHeight === 'none' ? null : Number(textHeight) }),
  invertDark: !values['no-invert'],
};
const params = Object.fromEntries(values.param.map((p) => p.split('=', 2) as [string, string]));
const corpus = loadCorpus(positionals[0] ?? '../shared/corpus/images');
const rows: Row[] = [];

if (values.system) {
  // The system tesseract on the raw image, as the baseline.
  for (const img of corpus) {
    const langs = langsFor(img, baseLangs).join('+');
    const started = performance.now();
    const text = execFileSync('tesseract', [img.path, '-', '-l', langs], {
      encoding: 'utf8',
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const match = substringCer(img.expectedText, text);
    rows.push({
      ...pick(img),
      langs,
      cer: match.cer,
      ms: performance.now() - started,
      matched: match.matched,
    });
  }
} else {
  const ocr = createNodeOcr({ variant: values.variant as ModelVariant, preprocess, params });
  try {
    for (const img of corpus) {
      for (const factor of values.rescale.split(',').map(Number)) {
        const langs = langsFor(img, baseLangs);
        const input = factor === 1 ? img.path : await resized(img.path, factor);
        // First run warms the worker up for these languages; the second is timed.
        if (!values.once) await ocr.recognize(input, { langs });
        const result = await ocr.recognize(input, { langs });
        const match = substringCer(img.expectedText, result.text);
        rows.push({
          ...pick(img),
          ...(factor === 1 ? {} : { file: `${img.file}@${factor}` }),
          langs: langs.join('+'),
          cer: match.cer,
          ms: result.timingsMs.total,
          matched: match.matched,
        });
        if (values.verbose) {
          const p = result.preprocessing;
          console.error(
            `${img.file}: scale ${p.scale.toFixed(2)} text ${p.textHeight} inverted ${p.inverted}`,
          );
          console.error(result.text + '\n');
        }
      }
    }
  } finally {
    await ocr.terminate();
  }
}

async function resized(path: string, factor: number): Promise<Uint8Array> {
  const { width } = await sharp(path).metadata();
  return new Uint8Array(
    await sharp(path)
      .resize(Math.round(width * factor))
      .png()
      .toBuffer(),
  );
}

function pick(img: CorpusImage): Pick<Row, 'file' | 'lang' | 'theme'> {
  return { file: img.file, lang: img.lang, theme: img.theme };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

console.log('| image | langs | CER | ms |');
console.log('|---|---|---:|---:|');
for (const r of rows) console.log(`| ${r.file} | ${r.langs} | ${pct(r.cer)} | ${r.ms.toFixed(0)} |`);
for (const key of ['lang', 'theme'] as const) {
  console.log(`\n| ${key} | n | mean CER | max CER |`);
  console.log('|---|---:|---:|---:|');
  for (const group of [...new Set(rows.map((r) => r[key]))].sort()) {
    const cers = rows.filter((r) => r[key] === group).map((r) => r.cer);
    console.log(`| ${group} | ${cers.length} | ${pct(mean(cers))} | ${pct(Math.max(...cers))} |`);
  }
}
console.log(
  `\nall: mean CER ${pct(mean(rows.map((r) => r.cer)))}, mean ms ${mean(rows.map((r) => r.ms)).toFixed(0)}`,
);
if (values.json !== undefined) writeFileSync(values.json, JSON.stringify(rows, null, 2));
