import type { TacticId } from '../tactics';

/**
 * The shape of a rule file. Rules are data: a pattern, the words that must stand near it, the
 * context that lowers or raises it, a score, and examples that the meta-test runs
 * (tests/unit/analyzer/rules.test.ts), like ESLint's RuleTester or Presidio's recognizer tests.
 *
 * Patterns are written as the language is spelt (with diacritics, Traditional or Simplified,
 * any Arabic-script letter variant): they are folded the same way as the text they are matched
 * against (lib/analyzer/normalize/fold-char.ts), and always matched case-insensitively.
 * Every pattern must be free of super-linear backtracking (eslint-plugin-regexp and the
 * meta-test check it).
 */

/** Rule sets; `ug-latn` is Uyghur in Latin script (ULY). */
export type RuleLanguage = 'en' | 'zh' | 'ug' | 'ug-latn' | 'tr' | 'kk' | 'ru';

export type Side = 'before' | 'after' | 'any';

/** Another pattern that must match near the rule's match for the rule to fire. */
export interface NearClause {
  pattern: RegExp;
  /** Largest gap in (normalised) characters between the two matches. Default 40. */
  within?: number;
  /** Where this match must stand relative to the rule's match. Default 'any'. */
  side?: Side;
  /** Allow the two matches in different sentences. Default false. */
  crossSentence?: boolean;
}

/** Context that multiplies a match's confidence: below 1 lowers it (0 vetoes), above 1 raises it. */
export interface Modifier {
  pattern: RegExp;
  factor: number;
  /** Largest gap from the evidence; omitted means anywhere in the message. */
  within?: number;
  side?: Side;
  /** Only when in the same sentence as the evidence (with `within`). Default false. */
  sameSentence?: boolean;
  /** Why this context matters; shown in explanations. */
  reason: string;
}

/** A positive example: the text, and the exact evidence quote the rule must produce in it. */
export type MatchExample = readonly [text: string, quote: string];

export interface RuleSpec {
  /** Unique within the language; the full id is `<lang>/<file>/<id>`. kebab-case. */
  id: string;
  tactic: TacticId;
  /** 0..1. At or above 0.5 the tactic is reported; below, the match is a weak cue only. */
  score: number;
  description: string;
  match: RegExp;
  near?: readonly NearClause[];
  unless?: readonly Modifier[];
  boost?: readonly Modifier[];
  /** Set false when the language's default context (negation, news framing) must not apply. */
  useDefaults?: boolean;
  examples: {
    match: readonly MatchExample[];
    noMatch: readonly string[];
  };
}

/** One file: one language, one tactic (or `cues`, the weak cues of any tactic). */
export interface RuleFile {
  lang: RuleLanguage;
  file: TacticId | 'cues';
  rules: readonly RuleSpec[];
}

/** A language's default context, applied to every rule of that language. */
export interface LanguageContext {
  lang: RuleLanguage;
  defaults: readonly Modifier[];
  /** Texts in which the defaults must lower a typical request to below the reporting threshold. */
  examples: { lowered: readonly string[] };
}

export function defineRules(
  lang: RuleLanguage,
  file: TacticId | 'cues',
  rules: readonly RuleSpec[],
): RuleFile {
  return { lang, file, rules };
}

export function defineContext(
  lang: RuleLanguage,
  defaults: readonly Modifier[],
  examples: { lowered: readonly string[] },
): LanguageContext {
  return { lang, defaults, examples };
}

/** Reporting threshold: a tactic is named when its best match reaches this confidence. */
export const REPORT_THRESHOLD = 0.5;
/** Below this, a match is not even a weak cue. */
export const CUE_THRESHOLD = 0.15;
