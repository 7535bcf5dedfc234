import type { CollectionName } from '../schemas/ids.ts';

/** The stable address of an entry's page. */
export const entryHref = (collection: CollectionName, id: string) => `/${collection}/${id}/`;

/** The address of a paragraph of an archived source. */
export const paragraphHref = (sourceId: string, anchor: string) => `${entryHref('sources', sourceId)}#${anchor}`;

/** Singular labels for each collection, as shown next to entries. */
export const collectionLabels: Record<CollectionName, string> = {
  sources: 'Source',
  cities: 'Place',
  programs: 'Program',
  companies: 'Organisation',
};
