import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, TACTIC_IDS, type TacticId } from '../analyzer';
import { evaluate, type LabelledMessage } from './eval-metrics';
import { printReport } from './eval-print';

/**
 * npm run eval [DIR] [-- --min-recall 0.95 --max-fpr 0.03 --lang zh --errors]
 * Scores the analyzer on a labelled corpus (messages.jsonl), default ../shared/corpus.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'min-recall': { type: 'string' },
    'max-fpr': { type: 'string' },
    lang: { type: 'string' },
    errors: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const dir = resolve(positionals[0] ?? '../shared/corpus');
let messages: LabelledMessage[];
try {
  messages = readFileSync(join(dir, 'messages.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledMessage);
} catch (e) {
  console.error(`eval: cannot read ${join(dir, 'messages.jsonl')}: ${(e as Error).message}`);
  process.exit(2);
}
if (values.lang) messages = messages.filter((m) => m.lang === values.lang);

const predictions = messages.map((m) => {
  const a = analyze(m.text);
  return { risk: a.risk, tactics: a.tactics.map((t) => t.id as TacticId), analysis: a };
});
const report = evaluate(messages, predictions, TACTIC_IDS);

if (values.json) console.log(JSON.stringify(report, null, 2));
else printReport(report, messages, predictions, values.errors);

const minRecall = values['min-recall'] === undefined ? undefined : Number(values['min-recall']);
const maxFpr = values['max-fpr'] === undefined ? undefined : Number(values['max-fpr']);
const failures: string[] = [];
if (minRecall !== undefined && report.messageRecall < minRecall)
  failures.push(`message recall ${report.messageRecall.toFixed(3)} < ${minRecall}`);
if (maxFpr !== undefined && report.benignFpr > maxFpr)
  failures.push(`benign FPR ${report.benignFpr.toFixed(3)} > ${maxFpr}`);
if (failures.length > 0) {
  console.error(`eval: below the floor: ${failures.join('; ')}`);
  process.exit(1);
}
