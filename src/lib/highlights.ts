/** A quoted range of a block's text and the entries that quote it. */
export type Span<T> = { start: number; end: number; by: T[] };
/** A piece of a block's text: plain, or quoted by one or more entries. */
export type Segment<T> = { text: string; by: T[] };

/**
 * Cuts a paragraph into plain and highlighted segments. Overlapping quotes are merged, so a
 * passage quoted by two entries is one highlight that links to both.
 */
export function segmentText<T>(text: string, spans: readonly Span<T>[]): Segment<T>[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span<T>[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      for (const item of span.by) if (!last.by.includes(item)) last.by.push(item);
    } else merged.push({ start: span.start, end: span.end, by: [...span.by] });
  }
  const segments: Segment<T>[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), by: [] });
    segments.push({ text: text.slice(span.start, span.end), by: span.by });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), by: [] });
  return segments;
}
