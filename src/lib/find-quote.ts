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

/**
 * The passage of a source closest to a quote that was not found, for the error message: the
 * window of words, of about the quote's length, with the smallest edit distance to it.
 */
export function closestPassage(blocks: readonly Block[], quote: string): { block: Block; text: string } | undefined {
  const needle = normaliseText(quote);
  const width = Math.max(1, needle.split(' ').length);
  let best: { block: Block; text: string; score: number } | undefined;
  for (const block of blocks) {
    const words = normaliseText(block.text).split(' ');
    const last = Math.max(0, words.length - width);
    for (let i = 0; i <= last; i++) {
      const text = words.slice(i, i + width).join(' ');
      const score = distance(needle, text);
      if (!best || score < best.score) best = { block, text, score };
    }
  }
  return best && { block: best.block, text: best.text };
}
