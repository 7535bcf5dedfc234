/**
 * The one registry of collections: what every part of the site knows about a collection comes
 * from here (Astro's loaders, the integrity check's loader, routes, labels, exports, JSON Schemas,
 * navigation and the data dictionary). A new collection needs an entry here and its schema module.
 */
import { citySchema } from './schemas/city.ts';
import { companySchema } from './schemas/company.ts';
import { programSchema } from './schemas/program.ts';
import { sourceSchema } from './schemas/source.ts';

/** Entries are Markdown or MDX files below content/<collection>/; a leading "_" marks a draft. */
const ENTRY_PATTERN = '**/[^_]*.{md,mdx}';

/**
 * The collections, in the order the site lists them. The names stand apart from the table below
 * because the schemas' references name collections, and the table holds the schemas.
 */
export const collectionNames = ['sources', 'cities', 'programs', 'companies'] as const;

/** The name of a collection, as in content/<name>/ and /<name>/<id>/. */
export type CollectionName = (typeof collectionNames)[number];

/** What the site needs to know about one collection. */
type CollectionInfo = {
  /** The English label of one entry, and of the list. */
  label: string;
  plural: string;
  /** The files below content/<name>/ that are entries (Astro's glob syntax). */
  pattern: string;
  schema: unknown;
  /** Whether its pages show the body rendered as Markdown (otherwise it is not rendered at all). */
  rendersBody: boolean;
  /** One sentence on what the collection holds, for the data page and the dictionary. */
  description: string;
};

export const collections = {
  sources: {
    label: 'Source',
    plural: 'Sources',
    pattern: ENTRY_PATTERN,
    schema: sourceSchema,
    rendersBody: false,
    description: 'Archived articles and policy texts, each with its metadata and cleaned text.',
  },
  cities: {
    label: 'Place',
    plural: 'Places',
    pattern: ENTRY_PATTERN,
    schema: citySchema,
    rendersBody: true,
    description: 'Places of any level: provinces, cities, districts and zones.',
  },
  programs: {
    label: 'Program',
    plural: 'Programs',
    pattern: ENTRY_PATTERN,
    schema: programSchema,
    rendersBody: true,
    description: 'Subsidy plans, vouchers, funds, zones and other policy measures, with their terms.',
  },
  companies: {
    label: 'Organisation',
    plural: 'Organisations',
    pattern: ENTRY_PATTERN,
    schema: companySchema,
    rendersBody: true,
    description: 'Companies, labs, universities, funds and government bodies in the roles the sources state.',
  },
} as const satisfies Record<CollectionName, CollectionInfo>;

/** The schema of each collection's frontmatter. */
export const schemas = Object.fromEntries(collectionNames.map((name) => [name, collections[name].schema])) as {
  [C in CollectionName]: (typeof collections)[C]['schema'];
};

/** The address of a collection's index; an entry's page is below it. */
export const collectionHref = (collection: CollectionName) => `/${collection}/`;
