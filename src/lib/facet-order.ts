/** A filter value with the number of results choosing it would give. */
export type FacetValue = { value: string; count: number };

/**
 * The order to show a filter's values in: those that would give results first, then those that would give none,
 * each group in the order given, or the first group by count, most first, for a filter that folds. Values with no result for the current query would otherwise crowd the ones that
 * matter ("2003 (0) 2015 (0) 2025 (12)"); they stay listed, so that a reader sees what exists.
 */
export function facetOrder(
  values: readonly string[],
  counts: Readonly<Record<string, number>>,
  { byCount = false } = {},
): FacetValue[] {
  const all = values.map((value) => ({ value, count: counts[value] ?? 0 }));
  const some = all.filter((v) => v.count > 0);
  // A filter that folds shows its first values only: those should be the ones that give the most.
  if (byCount) some.sort((a, b) => b.count - a.count);
  return [...some, ...all.filter((v) => v.count === 0)];
}

/** How many values of a filter show before the rest fold away: a large knowledge base has thousands of places. */
export const FACET_SHOWN = 10;

/** Whether a filter with `n` values folds its tail away; a fold that would hide only a value or two is not worth it. */
export const facetFolds = (n: number) => n > FACET_SHOWN + 2;
