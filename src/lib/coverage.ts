import { extractFigures } from './figures.ts';
import { findQuote } from './find-quote.ts';
import type { Block } from './source-text.ts';

export type FigureCoverage = {
  total: number;
  cited: number;
  excluded: number;
  /** Figures neither inside a quoted passage nor excluded, with their paragraph and context. */
  missing: { paragraph: number; figure: string; context: string }[];
  /** Exclusions that match no uncited figure (stale after an edit). */
  staleExclusions: { paragraph: number; figure: string }[];
};

/**
 * Which figures of a source are covered: inside a passage some entry quotes, or listed as
 * excluded with a reason. Everything else is missing.
 */
export function figureCoverage(
  blocks: readonly Block[],
  quotes: readonly string[],
  exclusions: readonly { paragraph: number; figure: string }[],
): FigureCoverage {
  const spans = quotes.flatMap((quote) => {
    const match = findQuote(blocks, quote);
    return match ? [{ n: match.block.n, start: match.start, end: match.end }] : [];
  });
  const result: FigureCoverage = { total: 0, cited: 0, excluded: 0, missing: [], staleExclusions: [] };
  const used = new Set<number>();
  for (const block of blocks) {
    for (const figure of extractFigures(block.text)) {
      result.total++;
      if (spans.some((s) => s.n === block.n && s.start <= figure.start && figure.end <= s.end)) {
        result.cited++;
        continue;
      }
      const exclusion = exclusions.findIndex(
        (e, i) => !used.has(i) && e.paragraph === block.n && e.figure === figure.text,
      );
      if (exclusion >= 0) {
        used.add(exclusion);
        result.excluded++;
      } else {
        const context = block.text.slice(Math.max(0, figure.start - 40), figure.end + 40);
        result.missing.push({ paragraph: block.n, figure: figure.text, context });
      }
    }
  }
  result.staleExclusions = exclusions
    .filter((_, i) => !used.has(i))
    .map(({ paragraph, figure }) => ({ paragraph, figure }));
  return result;
}
