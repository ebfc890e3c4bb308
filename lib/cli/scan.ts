import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { analyze } from '../analyzer';
import { expandInputs, type Input } from './scan-inputs';
import { readMessageFile, readStdin } from './scan-text';
import { csvHeader, csvLine, rowOf, type ScanRow } from './scan-row';
import { createImageScanner, type ImageScanner } from './scan-image';
import { ReportCollector } from './scan-report';

const USAGE = `usage: npm run --silent scan -- [--format jsonl|csv|report] [--include-images] [--ocr-langs eng+chi_sim+uig] PATH...
  PATH  a text file (UTF-8, one message), an image (.png .jpg .jpeg .webp .bmp), a folder, or - for standard input
  --format report  writes one Tekshur JSON report of the inputs that scored medium or high
exit status: 0 every input read, 1 some input could not be read (its row has "error"), 2 bad usage`;

function usage(message: string): never {
  process.stderr.write(`scan: ${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'jsonl' },
        'ocr-langs': { type: 'string' },
        'include-images': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = values.format;
  if (format !== 'jsonl' && format !== 'csv' && format !== 'report')
    usage(`unknown --format "${format}" (jsonl, csv or report)`);
  if (values['include-images'] && format !== 'report') usage('--include-images goes with --format report');
  if (positionals.length === 0) usage('no PATH given');
  if (positionals.filter((p) => p === '-').length > 1) usage('standard input (-) can be given once');

  const inputs = await expandInputs(positionals);
  let images: ImageScanner | undefined;
  if (inputs.some((i) => i.kind === 'image')) {
    try {
      images = await createImageScanner(values['ocr-langs'], inputs.filter((i) => i.kind === 'image').length);
    } catch (e) {
      usage((e as Error).message);
    }
  }

  const report = format === 'report' ? new ReportCollector() : undefined;
  const write = (row: ScanRow) => {
    if (report) {
      // The report goes to stdout at the end; a row that could not be read is said on stderr.
      if (row.error !== undefined) process.stderr.write(`scan: ${row.source}: ${row.error}\n`);
      return;
    }
    process.stdout.write(`${format === 'csv' ? csvLine(row) : JSON.stringify(row)}\n`);
  };
  if (format === 'csv') process.stdout.write(`${csvHeader()}\n`);

  let failed = false;
  try {
    // Images are recognised concurrently (the scheduler's workers); rows still come out in order.
    const pending = inputs.map((input) =>
      input.kind === 'image' && images ? images.recognize(input.path) : undefined,
    );
    for (const [index, input] of inputs.entries()) {
      const row = await scanOne(input, pending[index], report);
      if (row.error !== undefined) failed = true;
      write(row);
      images?.progress(index + 1, inputs.length);
    }
  } finally {
    await images?.close();
  }
  if (report) process.stdout.write(await report.render(values['include-images'] ?? false));
  return failed ? 1 : 0;
}

async function scanOne(
  input: Input,
  ocr: ReturnType<ImageScanner['recognize']> | undefined,
  report: ReportCollector | undefined,
): Promise<ScanRow> {
  if (input.kind === 'missing') return { source: input.source, error: input.error };
  if (input.kind === 'image') {
    const result = await ocr;
    if (!result || !result.ok)
      return { source: input.source, error: result?.error ?? 'image could not be read' };
    const started = performance.now();
    const analysis = analyze(result.text);
    const row = rowOf(input.source, 'image', result.text, analysis, { ocr: result.ms, analyze: ms(started) });
    await report?.add(input.source, 'image', result.text, analysis, {
      text: result.text,
      confidence: result.confidence,
      langs: result.langs,
    });
    return { ...row, ocr_confidence: result.confidence };
  }
  const read = input.kind === 'stdin' ? await readStdin() : await readMessageFile(input.path);
  if (!read.ok) return { source: input.source, error: read.error };
  const started = performance.now();
  const analysis = analyze(read.text);
  await report?.add(input.source, 'text', read.text, analysis);
  return rowOf(input.source, 'text', read.text, analysis, { analyze: ms(started) });
}

const ms = (since: number) => Math.round((performance.now() - since) * 100) / 100;

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // Never a stack trace: one clear line, and the status for "could not read".
    process.stderr.write(`scan: ${(e as Error).message ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
