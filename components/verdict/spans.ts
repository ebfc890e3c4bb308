/** A range of UTF-16 code units in a text, end exclusive (as the analyzer's evidence). */
export interface Span {
  start: number;
  end: number;
}

/** A run of text, to be shown plain or highlighted. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** A window of the message around some evidence, with the evidence marked. */
export interface Excerpt {
  segments: Segment[];
  /** Text was left out before / after this window. */
  cutBefore: boolean;
  cutAfter: boolean;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves an offset off the second half of a surrogate pair, so no character is cut in two. */
function snap(text: string, offset: number): number {
  return offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset)) ? offset - 1 : offset;
}

/** Sorts, clamps to the text and merges overlapping or touching spans. */
export function mergeSpans(spans: readonly Span[], length: number): Span[] {
  const clamped = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of clamped) {
    const last = out.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** Splits `text` into plain and marked runs. */
export function markSegments(text: string, spans: readonly Span[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const span of mergeSpans(spans, text.length)) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), marked: false });
    segments.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/**
 * Short windows of `text` around the spans (`radius` characters either side), neighbouring
 * windows joined, at most `limit` of them: enough context to recognise the words without
 * repeating a long message under every tactic.
 */
export function excerpts(text: string, spans: readonly Span[], radius = 48, limit = 3): Excerpt[] {
  const windows: Span[] = [];
  for (const span of mergeSpans(spans, text.length)) {
    const start = snap(text, Math.max(0, span.start - radius));
    const end = snap(text, Math.min(text.length, span.end + radius));
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = end;
    else windows.push({ start, end });
  }
  return windows.slice(0, limit).map((w) => ({
    segments: markSegments(
      text.slice(w.start, w.end),
      spans.map((s) => ({ start: s.start - w.start, end: s.end - w.start })),
    ),
    cutBefore: w.start > 0,
    cutAfter: w.end < text.length,
  }));
}
