import type { CompiledModifier, CompiledNear, CompiledRule } from './compile';
import type { Scripts } from './language';
import type { Side } from './rules/define';

export interface Span {
  start: number;
  end: number;
}

/** One firing of one rule, in normalised offsets. */
export interface RuleHit extends Span {
  rule: CompiledRule;
  confidence: number;
  /** Reasons of the modifiers that changed the confidence. */
  reasons: string[];
}

/** Per-message matching state: each compiled pattern runs at most once over the text. */
class MatchContext {
  private readonly cache = new Map<RegExp, Span[]>();
  private sentences: Int32Array | undefined;

  constructor(readonly text: string) {}

  spans(re: RegExp): Span[] {
    let found = this.cache.get(re);
    if (found) return found;
    found = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      found.push({ start: m.index, end: m.index + m[0].length });
    }
    this.cache.set(re, found);
    return found;
  }

  sentenceOf(i: number): number {
    this.sentences ??= sentenceIndex(this.text);
    return this.sentences[Math.min(i, this.sentences.length - 1)] ?? 0;
  }
}

/** Titles and abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION =
  /(?:^|\P{L})(?:mr|mrs|ms|dr|prof|st|no|nr|jr|sr|mt|tel|ext|approx|vs|etc|e\.g|i\.e|ул|т\.е|[a-zг])$/u;

/**
 * Sentence number of each position. A full stop ends a sentence unless a letter or digit
 * follows it directly (web addresses, decimals) or it closes an abbreviation ("Mr. Wang");
 * "。" is already folded to ".".
 */
export function sentenceIndex(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = n;
    const ch = text.charAt(i);
    if (ch === '!' || ch === '?' || ch === '\n' || ch === ';') n++;
    else if (
      ch === '.' &&
      !/[a-z0-9]/u.test(text.charAt(i + 1)) &&
      !ABBREVIATION.test(text.slice(Math.max(0, i - 8), i))
    )
      n++;
  }
  out[text.length] = n;
  return out;
}

function gap(a: Span, b: Span): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

function sideOk(side: Side, anchor: Span, other: Span): boolean {
  if (side === 'before') return other.start < anchor.start;
  if (side === 'after') return other.end > anchor.end;
  return true;
}

/** Index of the first span whose start is >= `pos` (spans are sorted by start). */
function lowerBound(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The nearest span of `spans` within `within` of `anchor` that satisfies side and sentence. */
function nearest(
  ctx: MatchContext,
  spans: Span[],
  anchor: Span,
  within: number,
  side: Side,
  sameSentence: boolean,
): Span | undefined {
  // Matches are non-overlapping and sorted, so a candidate ending near the anchor starts at
  // most `within + longest` before it; 400 bounds the longest match any rule should have.
  let best: Span | undefined;
  let bestGap = Infinity;
  for (let k = lowerBound(spans, anchor.start - within - 400); k < spans.length; k++) {
    const s = spans[k];
    if (!s || s.start > anchor.end + within) break;
    const g = gap(anchor, s);
    if (g > within || g >= bestGap || !sideOk(side, anchor, s)) continue;
    if (sameSentence && !inOneSentence(ctx, anchor, s)) continue;
    best = s;
    bestGap = g;
  }
  return best;
}

function inOneSentence(ctx: MatchContext, a: Span, b: Span): boolean {
  const from = Math.min(a.start, b.start);
  const to = Math.max(a.end, b.end) - 1;
  return ctx.sentenceOf(from) === ctx.sentenceOf(to);
}

function resolveNear(ctx: MatchContext, anchor: Span, near: CompiledNear[]): Span | undefined {
  let span = anchor;
  for (const clause of near) {
    const hit = nearest(
      ctx,
      ctx.spans(clause.pattern),
      anchor,
      clause.within,
      clause.side,
      !clause.crossSentence,
    );
    if (!hit) return undefined;
    span = { start: Math.min(span.start, hit.start), end: Math.max(span.end, hit.end) };
  }
  return span;
}

function applyModifiers(ctx: MatchContext, span: Span, modifiers: CompiledModifier[], score: number) {
  let confidence = score;
  const reasons: string[] = [];
  for (const m of modifiers) {
    const spans = ctx.spans(m.pattern);
    if (spans.length === 0) continue;
    const applies =
      m.within === undefined
        ? true
        : nearest(ctx, spans, span, m.within, m.side, m.sameSentence) !== undefined;
    if (applies) {
      confidence *= m.factor;
      reasons.push(m.reason);
    }
  }
  return { confidence: Math.min(1, confidence), reasons };
}

const MAX_HITS_PER_RULE = 50;

/** Runs every rule whose script is present; returns the hits at or above `minConfidence`. */
export function runRules(
  rules: readonly CompiledRule[],
  text: string,
  scripts: Scripts,
  minConfidence: number,
  /** By rule number, 0 where the rule's match cannot occur in the text (prefilter.ts). */
  candidates?: Uint8Array,
): RuleHit[] {
  const ctx = new MatchContext(text);
  const hits: RuleHit[] = [];
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    if (!scripts[rule.script] || candidates?.[r] === 0) continue;
    let last: RuleHit | undefined;
    let count = 0;
    for (const anchor of ctx.spans(rule.match)) {
      const span = rule.near.length > 0 ? resolveNear(ctx, anchor, rule.near) : anchor;
      if (!span) continue;
      const { confidence, reasons } = applyModifiers(ctx, span, rule.modifiers, rule.score);
      if (confidence < minConfidence) continue;
      // Overlapping firings of one rule are one piece of evidence: keep the stronger.
      if (last && span.start < last.end) {
        if (confidence > last.confidence) Object.assign(last, span, { confidence, reasons });
        continue;
      }
      last = { rule, ...span, confidence, reasons };
      hits.push(last);
      // Enough evidence for one rule: a text repeating a word 100,000 times gains nothing more.
      if (++count >= MAX_HITS_PER_RULE) break;
    }
  }
  return hits;
}
