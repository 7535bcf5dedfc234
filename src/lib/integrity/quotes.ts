import { findQuote, type QuoteMatch } from '../find-quote.ts';
import { normaliseText } from '../normalise.ts';
import type { Block } from '../source-text.ts';

/**
 * Finds quotes in one source as {@link findQuote} does, but normalises each paragraph once for
 * all the quotes of the source instead of once per quote: a source is quoted dozens of times,
 * and normalising its text again for each quote was the largest cost of checking quotes.
 */
export function quoteFinder(blocks: readonly Block[]): (quote: string) => QuoteMatch | undefined {
  let texts: string[] | undefined;
  return (quote) => {
    const needle = normaliseText(quote);
    if (needle.length === 0) return undefined;
    // Normalised on first use: a source that nobody quotes costs nothing.
    texts ??= blocks.map((block) => normaliseText(block.text));
    const at = texts.findIndex((text) => text.includes(needle));
    // The first paragraph holding the quote is the one findQuote returns; asking it about that
    // paragraph alone gives the same match, with the offsets in the original text.
    return at < 0 ? undefined : findQuote([blocks[at] as Block], quote);
  };
}
