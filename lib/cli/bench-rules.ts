import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileRules } from '../analyzer/compile';
import { normalize } from '../analyzer/normalize';
import { CONTEXTS, RULE_FILES } from '../analyzer/rules';
import { adversarialText } from './bench-adversarial';

/**
 * npm run bench:rules [DIR]: the costliest patterns, each run alone over the corpus and over
 * the adversarial text, so that a slow rule is found by name rather than by bisecting.
 */
const dir = resolve(process.argv[2] ?? '../shared/corpus');
const texts = readFileSync(join(dir, 'messages.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => normalize((JSON.parse(l) as { text: string }).text).text);
const adversarial = normalize(adversarialText(200_000)).text;

const patterns = new Map<RegExp, string>();
for (const rule of compileRules(RULE_FILES, CONTEXTS)) {
  patterns.set(rule.match, `${rule.id} match`);
  for (const near of rule.near) patterns.set(near.pattern, `${rule.id} near`);
  for (const m of rule.modifiers)
    if (!patterns.has(m.pattern)) patterns.set(m.pattern, `${rule.id} modifier "${m.reason}"`);
}

function timeOver(pattern: RegExp, inputs: string[]): number {
  const started = performance.now();
  for (const input of inputs) for (const _ of input.matchAll(pattern)) void _;
  return performance.now() - started;
}

const rows = [...patterns].map(([pattern, name]) => {
  timeOver(pattern, texts);
  return { name, corpus: timeOver(pattern, texts), adversarial: timeOver(pattern, [adversarial]) };
});
const total = rows.reduce((s, r) => s + r.corpus, 0);
console.log(
  `${patterns.size} distinct patterns; one pass over ${texts.length} messages: ${total.toFixed(1)} ms`,
);
for (const key of ['corpus', 'adversarial'] as const) {
  console.log(`\nslowest over the ${key === 'corpus' ? 'corpus' : '200k-character adversarial text'} (ms):`);
  for (const r of [...rows].sort((a, b) => b[key] - a[key]).slice(0, 15)) {
    console.log(`${r[key].toFixed(2).padStart(9)}  ${r.name}`);
  }
}
