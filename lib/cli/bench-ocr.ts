// OCR speed against the system tesseract CLI: `npm run bench:ocr -- [images dir] [flags]`.
//
// One worker, warm: every screenshot is read once untimed, then `--runs` times by Tekshur and by
// `OMP_THREAD_LIMIT=1 tesseract <raw image> - -l <same langs>`, alternately, so that load from
// other processes on the machine falls on both. Reports medians of wall time and of CPU time
// (CPU time is steadier on a shared machine), the ratio Tekshur / CLI, cold start (engine
// creation to first result, in a fresh process) and this process's peak RSS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorpus, type CorpusImage } from '../ocr/eval/corpus.ts';
import type { ModelVariant } from '../ocr/node-lang-data.ts';
import { createNodeOcr, decodeImage } from '../ocr/node.ts';
import { DEFAULT_PREPROCESS, encodePgm, preprocess } from '../ocr/preprocess/index.ts';
import { DEFAULT_OCR_LANGS, OCR_LANGS, type OcrLang } from '../ocr/types.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    'cold-runs': { type: 'string', default: '3' },
    langs: { type: 'string', default: DEFAULT_OCR_LANGS.join('+') },
    'add-own': { type: 'boolean', default: false },
    variant: { type: 'string', default: '4.0.0_best_int' },
    'cli-preprocessed': { type: 'boolean', default: false },
    // Tekshur only (e.g. to compare language sets); ratios then read NaN.
    'no-cli': { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

const runs = Number(values.runs);
const coldRuns = Number(values['cold-runs']);
const variant = values.variant as ModelVariant;
const baseLangs = values.langs.split('+') as OcrLang[];
for (const l of baseLangs) if (!OCR_LANGS.includes(l)) throw new Error(`Unknown OCR language "${l}".`);
const corpus = loadCorpus(positionals[0] ?? '../shared/corpus/images');
const langsFor = (img: CorpusImage): OcrLang[] =>
  values['add-own'] && !baseLangs.includes(img.ocrLang) ? [...baseLangs, img.ocrLang] : baseLangs;

const median = (xs: number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface Timing {
  wall: number;
  cpu: number;
}

/** Runs the CLI under /usr/bin/time for its own CPU time and peak memory. */
function runCli(path: string, langs: string): Timing & { rssKb: number } {
  const started = performance.now();
  const res = spawnSync('/usr/bin/time', ['-f', '%U %S %M', 'tesseract', path, '-', '-l', langs], {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    encoding: 'utf8',
  });
  const wall = performance.now() - started;
  if (res.status !== 0) throw new Error(`tesseract failed on ${path}: ${res.stderr}`);
  const [user, sys, rss] = res.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wall, cpu: (user! + sys!) * 1000, rssKb: rss! };
}

/** Engine creation to first result, in a fresh Node process. */
function coldStart(img: CorpusImage): Timing {
  const script = fileURLToPath(new URL('../ocr/eval/cold-start.ts', import.meta.url));
  const res = spawnSync(process.execPath, ['--import', 'tsx', script, img.path, langsFor(img).join('+')], {
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`cold-start run failed: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').at(-1)!) as Timing;
}

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

const tmp = mkdtempSync(join(tmpdir(), 'tekshur-bench-'));
const rows: {
  file: string;
  langs: string;
  ours: Timing;
  cli: Timing;
  cliPre?: Timing;
  scale: number;
}[] = [];
const ocr = createNodeOcr({ variant });
let cliPeakKb = 0;
try {
  for (const img of corpus) {
    const langs = langsFor(img);
    const first = await ocr.recognize(img.path, { langs });
    let prePath: string | undefined;
    if (values['cli-preprocessed']) {
      const rgba = await decodeImage(readFileSync(img.path));
      prePath = join(tmp, `${img.file}.pgm`);
      writeFileSync(prePath, encodePgm(preprocess(rgba, undefined, DEFAULT_PREPROCESS).image));
    }
    const ours: Timing[] = [];
    const cli: Timing[] = [];
    const cliPre: Timing[] = [];
    for (let r = 0; r < runs; r++) {
      const wall0 = performance.now();
      const cpu0 = cpuMs();
      await ocr.recognize(img.path, { langs });
      ours.push({ wall: performance.now() - wall0, cpu: cpuMs() - cpu0 });
      if (!values['no-cli']) {
        const c = runCli(img.path, langs.join('+'));
        cliPeakKb = Math.max(cliPeakKb, c.rssKb);
        cli.push(c);
      }
      if (prePath !== undefined) cliPre.push(runCli(prePath, langs.join('+')));
    }
    const med = (ts: Timing[]): Timing => ({
      wall: median(ts.map((t) => t.wall)),
      cpu: median(ts.map((t) => t.cpu)),
    });
    rows.push({
      file: img.file,
      langs: langs.join('+'),
      ours: med(ours),
      cli: med(cli),
      ...(prePath === undefined ? {} : { cliPre: med(cliPre) }),
      scale: first.preprocessing.scale,
    });
    console.error(`${img.file} done`);
  }
} finally {
  await ocr.terminate();
  clearInterval(sampler);
  rmSync(tmp, { recursive: true, force: true });
}
const maxRssKb = process.resourceUsage().maxRSS;
const colds: Timing[] = [];
for (let i = 0; i < coldRuns; i++) colds.push(coldStart(corpus[0]!));

const f0 = (x: number): string => x.toFixed(0);
const f2 = (x: number): string => x.toFixed(2);
const pre = values['cli-preprocessed'];
console.log(
  `Model ${variant}; ${runs} runs per image, medians in ms; ratio = Tekshur / tesseract CLI on the raw image.`,
);
console.log(
  `| image | langs | scale | Tekshur wall | CLI wall | ratio wall | Tekshur CPU | CLI CPU | ratio CPU |${pre ? ' CLI on our PGM wall |' : ''}`,
);
console.log(`|---|---|---:|---:|---:|---:|---:|---:|---:|${pre ? '---:|' : ''}`);
for (const r of rows) {
  console.log(
    `| ${r.file} | ${r.langs} | ${f2(r.scale)} | ${f0(r.ours.wall)} | ${f0(r.cli.wall)} | ${f2(r.ours.wall / r.cli.wall)} | ` +
      `${f0(r.ours.cpu)} | ${f0(r.cli.cpu)} | ${f2(r.ours.cpu / r.cli.cpu)} |${r.cliPre ? ` ${f0(r.cliPre.wall)} |` : ''}`,
  );
}
const ratiosWall = rows.map((r) => r.ours.wall / r.cli.wall);
const ratiosCpu = rows.map((r) => r.ours.cpu / r.cli.cpu);
console.log(
  `\nmedian ratio: wall ${f2(median(ratiosWall))} (max ${f2(Math.max(...ratiosWall))}), CPU ${f2(median(ratiosCpu))} (max ${f2(Math.max(...ratiosCpu))})`,
);
console.log(
  `median per screenshot: Tekshur ${f0(median(rows.map((r) => r.ours.wall)))} ms, CLI ${f0(median(rows.map((r) => r.cli.wall)))} ms`,
);
console.log(
  `cold start (new engine, first result on ${corpus[0]!.file}): median wall ${f0(median(colds.map((c) => c.wall)))} ms, CPU ${f0(median(colds.map((c) => c.cpu)))} ms`,
);
console.log(
  `peak RSS of this process (one worker, all ${rows.length} screenshots): ${f0(peakRss / 2 ** 20)} MiB sampled, ` +
    `${f0(maxRssKb / 1024)} MiB kernel max; CLI peak ${f0(cliPeakKb / 1024)} MiB`,
);
if (values.json !== undefined) writeFileSync(values.json, JSON.stringify({ rows, colds }, null, 2));
