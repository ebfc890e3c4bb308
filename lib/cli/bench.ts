import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../analyzer';
import { adversarialText } from './bench-adversarial';

/**
 * npm run bench [DIR]: analyzer speed on one core. Messages per second and MB/s over the
 * corpus, p50/p99 per message, and a 1 MB adversarial text; medians over several runs.
 */
const dir = resolve(process.argv[2] ?? '../shared/corpus');
let texts: string[];
try {
  texts = readFileSync(join(dir, 'messages.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
} catch (e) {
  console.error(`bench: cannot read ${join(dir, 'messages.jsonl')}: ${(e as Error).message}`);
  process.exit(2);
}
const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

// Warm-up compiles the rules and lets the JIT settle.
for (let i = 0; i < 3; i++) for (const t of texts) analyze(t);

const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
const rates: number[] = [];
const mbps: number[] = [];
const p50s: number[] = [];
const p99s: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const per: number[] = [];
  const started = performance.now();
  // Several passes so a run lasts long enough to time reliably.
  for (let pass = 0; pass < 10; pass++) {
    for (const t of texts) {
      const s = performance.now();
      analyze(t);
      per.push(performance.now() - s);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  rates.push((texts.length * 10) / seconds);
  mbps.push((bytes * 10) / 1e6 / seconds);
  p50s.push(quantile(per, 0.5));
  p99s.push(quantile(per, 0.99));
}

const adversarial = adversarialText(1_000_000);
const advTimes: number[] = [];
for (let run = 0; run < 5; run++) {
  const s = performance.now();
  analyze(adversarial);
  advTimes.push(performance.now() - s);
}

console.log(`corpus: ${texts.length} messages, ${(bytes / 1024).toFixed(1)} KiB; medians of ${RUNS} runs`);
console.log(`messages/s:        ${median(rates).toFixed(0)}`);
console.log(`MB/s:              ${median(mbps).toFixed(2)}`);
console.log(`per message p50:   ${(median(p50s) * 1000).toFixed(1)} µs`);
console.log(`per message p99:   ${(median(p99s) * 1000).toFixed(1)} µs`);
console.log(
  `1 MB adversarial:  ${median(advTimes).toFixed(0)} ms (median of 5; analysed up to the 200,000-character cap)`,
);
