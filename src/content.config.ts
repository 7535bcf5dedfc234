import type { Loader } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { contentLoader } from './lib/content-loader.ts';
import { collectionNames, schemas, type CollectionName } from './registry.ts';

// Every collection of the registry: its files below content/<name>/ and its schema. Astro infers an
// entry's type from its collection's schema in this object's type, so the mapped type keeps each one.
export const collections = Object.fromEntries(
  collectionNames.map((name) => [name, defineCollection({ loader: contentLoader(name), schema: schemas[name] })]),
) as { [C in CollectionName]: { loader: Loader; schema: (typeof schemas)[C] } };
