/** How many items a list on an entity page shows before it links to a page with all of them. */
export const LIST_LIMIT = 20;

/** A list as an entity page shows it: its first items, how many there are, and where all of them are listed. */
export type LongList<T> = { shown: T[]; total: number; allHref?: string };

/**
 * A list cut to its first `limit` items, with the address of the page that lists them all, so that a
 * hub's page or a much-quoted source's page stays one download however large the knowledge base grows.
 */
export function summarise<T>(items: readonly T[], allHref: string, limit = LIST_LIMIT): LongList<T> {
  return items.length > limit
    ? { shown: items.slice(0, limit), total: items.length, allHref }
    : { shown: [...items], total: items.length };
}

/** Whether a list is long enough to have a page of its own. */
export const needsOwnPage = (items: readonly unknown[], limit = LIST_LIMIT) => items.length > limit;
