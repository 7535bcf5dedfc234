import { distance } from 'fastest-levenshtein';
import { normalise, normaliseText } from './normalise.ts';
import type { Block } from './source-text.ts';

/** Where a quote stands: the block, and the character range within the block's original text. */
export type QuoteMatch = { block: Block; start: number; end: number };

/** Finds a quote within one block of a source, ignoring whitespace and quote-mark differences. */
export function findQuote(blocks: readonly Block[], quote: string): QuoteMatch | undefined {
  const needle = normaliseText(quote);
  if (needle.length === 0) return undefined;
  for (const block of blocks) {
    const hay = normalise(block.text);
    const at = hay.text.indexOf(needle);
    if (at >= 0) {
      const start = hay.offsets[at] ?? 0;
      const end = (hay.offsets[at + needle.length - 1] ?? start) + 1;
      return { block, start, end };
    }
  }
  return undefined;
}

// Words, but each Han character on its own: Chinese puts no spaces between words.
const TOKEN = /\p{Script=Han}|[^\s\p{Script=Han}]+/gu;

/** A passage near a quote: its block, its normalised text, and where it first differs from the quote. */
export type ClosestPassage = { block: Block; text: string; differsAt: number };

/**
 * The passage of a source closest to a quote that was not found, for the error message: the
 * window of words (of characters in Chinese), of about the quote's length, with the smallest
 * edit distance to it.
 */
export function closestPassage(blocks: readonly Block[], quote: string): ClosestPassage | undefined {
  const needle = normaliseText(quote);
  const width = Math.max(1, [...needle.matchAll(TOKEN)].length);
  let best: { block: Block; text: string; score: number } | undefined;
  for (const block of blocks) {
    const hay = normaliseText(block.text);
    const tokens = [...hay.matchAll(TOKEN)];
    for (let i = 0; i <= Math.max(0, tokens.length - width); i++) {
      const first = tokens[i];
      const last = tokens[Math.min(i + width, tokens.length) - 1];
      if (!first || !last) continue;
      const text = hay.slice(first.index, last.index + last[0].length);
      const score = distance(needle, text);
      if (!best || score < best.score) best = { block, text, score };
    }
  }
  if (!best) return undefined;
  let differsAt = 0;
  while (differsAt < best.text.length && best.text[differsAt] === needle[differsAt]) differsAt++;
  return { block: best.block, text: best.text, differsAt };
}
