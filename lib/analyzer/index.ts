import { compileRules, type CompiledRule } from './compile';
import { runRules, type RuleHit } from './engine';
import { detectLanguages } from './language';
import { normalize, toOriginalSpan, type Normalized } from './normalize';
import { Prefilter } from './prefilter';
import { CONTEXTS, RULE_FILES } from './rules';
import { CUE_THRESHOLD, REPORT_THRESHOLD, type LanguageContext, type RuleFile } from './rules/define';
import { TACTIC_IDS, type TacticId } from './tactics';
import type { Analysis, AnalyzeOptions, Evidence, TacticResult } from './types';
import { riskOf, scoreOf } from './verdict';

export type * from './types';
export { TACTIC_IDS, HIGH_RISK_TACTICS, isTacticId } from './tactics';
export { RULESET_VERSION } from './version';
import { RULESET_VERSION } from './version';

/** Text beyond this is not analysed (and `truncated` is set), so a page never freezes. */
export const MAX_ANALYZED_LENGTH = 200_000;

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

/** An analyzer over the given rules; `analyze` below uses the shipped ones. */
export function createAnalyzer(files: readonly RuleFile[], contexts: readonly LanguageContext[]): Analyzer {
  const rules = compileRules(files, contexts);
  const prefilter = new Prefilter(rules.map((rule) => rule.match));
  return { analyze: (text, options) => analyzeWith(rules, prefilter, text, options) };
}

let shipped: Analyzer | undefined;

/** Analyses one message with the shipped rules. Pure: no I/O, no browser API. */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  shipped ??= createAnalyzer(RULE_FILES, CONTEXTS);
  return shipped.analyze(text, options);
}

function analyzeWith(
  rules: readonly CompiledRule[],
  prefilter: Prefilter,
  input: string,
  options?: AnalyzeOptions,
): Analysis {
  const max = options?.maxLength ?? MAX_ANALYZED_LENGTH;
  const truncated = input.length > max;
  // Never cut a surrogate pair in half.
  const cut = truncated && /[\uD800-\uDBFF]/u.test(input.charAt(max - 1)) ? max - 1 : max;
  const text = truncated ? input.slice(0, cut) : input;
  const normalized = normalize(text);
  const { languages, coverage, scripts } = detectLanguages(normalized.text, text);
  const candidates = prefilter.candidates(normalized.text);
  const hits = runRules(rules, normalized.text, scripts, CUE_THRESHOLD, candidates);
  const { tactics, cues } = group(hits, normalized, text);
  const risk = riskOf(tactics, cues);
  return {
    risk,
    score: scoreOf(risk, tactics, cues),
    tactics,
    cues,
    languages,
    coverage,
    rulesetVersion: RULESET_VERSION,
    truncated,
  };
}

function group(hits: RuleHit[], n: Normalized, original: string) {
  const byTactic = new Map<TacticId, RuleHit[]>();
  for (const hit of hits) {
    const list = byTactic.get(hit.rule.tactic) ?? [];
    list.push(hit);
    byTactic.set(hit.rule.tactic, list);
  }
  const tactics: TacticResult[] = [];
  const cues: TacticResult[] = [];
  for (const id of TACTIC_IDS) {
    const list = byTactic.get(id);
    if (!list) continue;
    const strong = list.filter((h) => h.confidence >= REPORT_THRESHOLD);
    const chosen = strong.length > 0 ? strong : list;
    const result: TacticResult = {
      id,
      confidence: round(chosen.reduce((m, h) => Math.max(m, h.confidence), 0)),
      evidence: evidenceOf(chosen, n, original),
    };
    (strong.length > 0 ? tactics : cues).push(result);
  }
  return { tactics, cues };
}

function evidenceOf(hits: RuleHit[], n: Normalized, original: string): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const hit of [...hits].sort((a, b) => b.confidence - a.confidence)) {
    const [start, end] = toOriginalSpan(n, hit.start, hit.end);
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start, end, quote: original.slice(start, end), ruleId: hit.rule.id });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
