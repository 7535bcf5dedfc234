import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as registry, type CollectionName } from './registry.ts';

// Every collection as the registry describes it: files below content/<name>/ and its schema.
const loader = (name: CollectionName) => glob({ pattern: registry[name].pattern, base: `./content/${name}` });

// Astro infers each collection's entry type from this object's own keys and schemas, so they are
// written out; `satisfies` makes the type checker name any collection of the registry missing here.
export const collections = {
  sources: defineCollection({ loader: loader('sources'), schema: registry.sources.schema }),
  cities: defineCollection({ loader: loader('cities'), schema: registry.cities.schema }),
  programs: defineCollection({ loader: loader('programs'), schema: registry.programs.schema }),
  companies: defineCollection({ loader: loader('companies'), schema: registry.companies.schema }),
} satisfies Record<CollectionName, unknown>;
