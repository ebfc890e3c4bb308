import type { Scripts } from './language';
import type { LanguageContext, Modifier, RuleFile, RuleLanguage, Side } from './rules/define';
import { REPORT_THRESHOLD } from './rules/define';
import { matchingSource } from './pattern-source';
import type { TacticId } from './tactics';

export interface CompiledNear {
  pattern: RegExp;
  within: number;
  side: Side;
  crossSentence: boolean;
}

export interface CompiledModifier {
  pattern: RegExp;
  factor: number;
  within: number | undefined;
  side: Side;
  sameSentence: boolean;
  reason: string;
}

export interface CompiledRule {
  /** `<lang>/<file>/<id>` */
  id: string;
  lang: RuleLanguage;
  tactic: TacticId;
  score: number;
  /** The confidence at which this rule counts as having fired (see examples). */
  fireAt: number;
  script: keyof Scripts;
  match: RegExp;
  near: CompiledNear[];
  modifiers: CompiledModifier[];
}

export const SCRIPT_OF: Record<RuleLanguage, keyof Scripts> = {
  en: 'latin',
  tr: 'latin',
  'ug-latn': 'latin',
  zh: 'han',
  ug: 'arabic',
  kk: 'cyrillic',
  ru: 'cyrillic',
};

const compiled = new Map<RegExp, RegExp>();

/**
 * The matching form of an authored pattern: folded and lower-cased like the text (so
 * case-insensitive without the `i` flag), global, Unicode. The same authored RegExp object
 * always yields the same compiled one, so a lexicon shared by many rules runs once per message.
 */
export function compilePattern(re: RegExp): RegExp {
  let out = compiled.get(re);
  if (!out) {
    const flags = new Set(re.flags.replace(/[giy]/gu, ''));
    flags.add('g');
    if (!flags.has('v')) flags.add('u');
    out = new RegExp(matchingSource(re.source), [...flags].join(''));
    compiled.set(re, out);
  }
  return out;
}

function compileModifier(m: Modifier): CompiledModifier {
  return {
    pattern: compilePattern(m.pattern),
    factor: m.factor,
    within: m.within,
    side: m.side ?? 'any',
    sameSentence: m.sameSentence ?? false,
    reason: m.reason,
  };
}

export function compileRules(
  files: readonly RuleFile[],
  contexts: readonly LanguageContext[],
): CompiledRule[] {
  const defaults = new Map(contexts.map((c) => [c.lang, c.defaults.map(compileModifier)]));
  const out: CompiledRule[] = [];
  for (const file of files) {
    for (const rule of file.rules) {
      const modifiers = [...(rule.unless ?? []), ...(rule.boost ?? [])].map(compileModifier);
      if (rule.useDefaults !== false) modifiers.push(...(defaults.get(file.lang) ?? []));
      out.push({
        id: `${file.lang}/${file.file}/${rule.id}`,
        lang: file.lang,
        tactic: rule.tactic,
        score: rule.score,
        fireAt: Math.min(rule.score, REPORT_THRESHOLD),
        script: SCRIPT_OF[file.lang],
        match: compilePattern(rule.match),
        near: (rule.near ?? []).map((n) => ({
          pattern: compilePattern(n.pattern),
          within: n.within ?? 40,
          side: n.side ?? 'any',
          crossSentence: n.crossSentence ?? false,
        })),
        modifiers,
      });
    }
  }
  return out;
}
