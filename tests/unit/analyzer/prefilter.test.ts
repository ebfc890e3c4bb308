import { describe, expect, it } from 'vitest';
import { compileRules } from '@/lib/analyzer/compile';
import { leadingStrings } from '@/lib/analyzer/leading-strings';
import { normalize } from '@/lib/analyzer/normalize';
import { Prefilter } from '@/lib/analyzer/prefilter';
import { CONTEXTS, RULE_FILES } from '@/lib/analyzer/rules';

const sorted = (xs: string[] | undefined) => xs && [...xs].sort();

describe('leadingStrings', () => {
  it('reads the first letters of each alternative, through lookbehinds and groups', () => {
    expect(sorted(leadingStrings(/(?<!\p{L})(?:send|mail) (?:me|us)/u))).toEqual(['mai', 'sen']);
  });

  it('includes the paths that skip an optional part', () => {
    expect(sorted(leadingStrings(/a?bc/u))).toEqual(['abc', 'bc']);
    expect(sorted(leadingStrings(/x{0,2}y/u))).toEqual(['xxy', 'xy', 'y']);
  });

  it('expands small classes and stops at wide ones', () => {
    expect(sorted(leadingStrings(/[ei]ln\p{L}*/u))).toEqual(['eln', 'iln']);
    expect(sorted(leadingStrings(/ab\p{L}+/u))).toEqual(['ab']);
    expect(sorted(leadingStrings(/护照|身份证/u))).toEqual(['护照', '身份证']);
  });

  it('gives up on patterns that can start with anything', () => {
    expect(leadingStrings(/\p{L}+ing/u)).toBeUndefined();
    expect(leadingStrings(/.x/u)).toBeUndefined();
    expect(leadingStrings(/a*b?/u)).toBeUndefined();
    expect(leadingStrings(/[^a]b/u)).toBeUndefined();
  });

  it('shortens the prefixes rather than listing too many', () => {
    const strings = leadingStrings(/[a-z][a-z][a-z]/u);
    expect(strings?.every((s) => s.length === 1)).toBe(true);
  });
});

describe('the prefilter over the shipped rules', () => {
  const rules = compileRules(RULE_FILES, CONTEXTS);
  const prefilter = new Prefilter(rules.map((rule) => rule.match));

  it('never skips a rule on its own examples, nor on the others of its file', { timeout: 60_000 }, () => {
    let checked = 0;
    for (const file of RULE_FILES) {
      const mine = rules.flatMap((compiled, i) =>
        compiled.id.startsWith(`${file.lang}/${file.file}/`) ? [i] : [],
      );
      const texts = file.rules.flatMap((rule) => [
        ...rule.examples.match.map(([text]) => text),
        ...rule.examples.noMatch,
      ]);
      for (const text of texts) {
        const normalized = normalize(text).text;
        const candidates = prefilter.candidates(normalized);
        for (const i of mine) {
          const { match, id } = rules[i]!;
          match.lastIndex = 0;
          if (!match.test(normalized)) continue;
          checked++;
          expect(candidates[i], `${id} on "${text}"`).toBe(1);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('leaves most rules unrun on a short message', () => {
    const candidates = prefilter.candidates(normalize('see you at dinner on friday').text);
    expect(candidates.reduce((sum, c) => sum + c, 0)).toBeLessThan(rules.length / 4);
  });
});
