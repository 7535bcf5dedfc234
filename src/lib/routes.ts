import { collectionHref, collectionNames, collections, type CollectionName } from '../registry.ts';

/** The stable address of an entry's page. Every internal link to an entry goes through it. */
export const entryHref = (collection: CollectionName, id: string) => `${collectionHref(collection)}${id}/`;

/** The address of a paragraph of an archived source. */
export const paragraphHref = (sourceId: string, anchor: string) => `${entryHref('sources', sourceId)}#${anchor}`;

/** Singular labels for each collection, as shown next to entries. */
export const collectionLabels = Object.fromEntries(collectionNames.map((c) => [c, collections[c].label])) as Record<
  CollectionName,
  string
>;
