import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse } from 'scslre';
import { describe, expect, it } from 'vitest';
import { compilePattern, compileRules } from '../../../lib/analyzer/compile';
import { runRules } from '../../../lib/analyzer/engine';
import { detectLanguages } from '../../../lib/analyzer/language';
import { normalize, toOriginalSpan } from '../../../lib/analyzer/normalize';
import { analyze } from '../../../lib/analyzer';
import { CONTEXTS, RULE_FILES } from '../../../lib/analyzer/rules';
import type { RuleFile, RuleSpec } from '../../../lib/analyzer/rules/define';
import { listRuleModules, renderRulesIndex } from '../../../lib/analyzer/rules/list-files';
import { TACTIC_IDS } from '../../../lib/analyzer/tactics';

/**
 * The rule meta-test (RuleTester-style): every rule file keeps the conventions, every pattern is
 * linear-time, and every example behaves as it says, with the exact evidence quote.
 */

const rulesDir = fileURLToPath(new URL('../../../lib/analyzer/rules/', import.meta.url));

function patternsOf(rule: RuleSpec): RegExp[] {
  return [
    rule.match,
    ...(rule.near ?? []).map((n) => n.pattern),
    ...[...(rule.unless ?? []), ...(rule.boost ?? [])].map((m) => m.pattern),
  ];
}

/** Runs one rule alone (with its language's defaults) and returns its firings in original offsets. */
function fire(file: RuleFile, rule: RuleSpec, text: string) {
  const [compiled] = compileRules([{ ...file, rules: [rule] }], CONTEXTS);
  if (!compiled) throw new Error('rule did not compile');
  const n = normalize(text);
  const { scripts } = detectLanguages(n.text, text);
  return runRules([compiled], n.text, scripts, 0)
    .filter((h) => h.confidence >= compiled.fireAt)
    .map((h) => {
      const [start, end] = toOriginalSpan(n, h.start, h.end);
      return { quote: text.slice(start, end), confidence: h.confidence };
    });
}

describe('rules index', () => {
  it('lists exactly the files in lib/analyzer/rules (run `npm run rules:index`)', () => {
    expect(readFileSync(`${rulesDir}index.ts`, 'utf8')).toBe(renderRulesIndex(rulesDir));
  });

  it('has one module per file on disk', () => {
    const onDisk = listRuleModules(rulesDir).filter((m) => m.name !== 'context');
    expect(RULE_FILES.map((f) => `${f.lang}/${f.file}`)).toEqual(onDisk.map((m) => `${m.lang}/${m.name}`));
  });
});

describe('contexts', () => {
  for (const context of CONTEXTS) {
    describe(context.lang, () => {
      it('has linear-time patterns', () => {
        for (const m of context.defaults) expect(analyse(compilePattern(m.pattern)).reports).toEqual([]);
      });
      it.each(context.examples.lowered.map((t) => [t]))('lowers %s', (text) => {
        expect(['low', 'none']).toContain(analyze(text).risk);
      });
    });
  }
});

const seenIds = new Set<string>();

for (const file of RULE_FILES) {
  describe(`${file.lang}/${file.file}`, () => {
    it('is named after its tactic and holds only that tactic (or weak cues)', () => {
      expect(file.file === 'cues' || (TACTIC_IDS as readonly string[]).includes(file.file)).toBe(true);
      for (const rule of file.rules) {
        if (file.file === 'cues') expect(rule.score, rule.id).toBeLessThan(0.5);
        else expect(rule.tactic, rule.id).toBe(file.file);
      }
    });

    for (const rule of file.rules) {
      describe(rule.id, () => {
        it('keeps the schema', () => {
          expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
          const full = `${file.lang}/${rule.id}`;
          expect(seenIds.has(full), `duplicate id ${full}`).toBe(false);
          seenIds.add(full);
          expect(rule.score).toBeGreaterThan(0);
          expect(rule.score).toBeLessThanOrEqual(1);
          expect(rule.description.length).toBeGreaterThan(10);
          expect(rule.examples.match.length).toBeGreaterThan(0);
          expect(rule.examples.noMatch.length).toBeGreaterThan(0);
        });

        it('has only linear-time patterns that cannot match empty text', () => {
          for (const re of patternsOf(rule)) {
            const compiled = compilePattern(re);
            expect(analyse(compiled).reports, `${re}`).toEqual([]);
            expect(new RegExp(compiled.source, compiled.flags.replace('g', '')).test(''), `${re}`).toBe(
              false,
            );
          }
        });

        it.each(rule.examples.match.map(([text, quote]) => [text, quote]))('matches %s', (text, quote) => {
          expect(fire(file, rule, text).map((h) => h.quote)).toContain(quote);
        });

        it.each(rule.examples.noMatch.map((t) => [t]))('does not match %s', (text) => {
          expect(fire(file, rule, text)).toEqual([]);
        });
      });
    }
  });
}
