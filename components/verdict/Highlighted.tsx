import type { Excerpt } from './spans';

/**
 * One excerpt of the message with its evidence in <mark>. Every piece is a text child, so
 * whatever the message holds (markup, formulas, scripts) is shown, never interpreted.
 */
export function Highlighted({ excerpt }: { excerpt: Excerpt }) {
  return (
    <blockquote class="evidence" dir="auto">
      {excerpt.cutBefore && '…'}
      {excerpt.segments.map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
      {excerpt.cutAfter && '…'}
    </blockquote>
  );
}
