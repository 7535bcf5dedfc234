import { getCollection, type CollectionEntry } from 'astro:content';
import { buildKnowledgeBase } from '../lib/kb.ts';
import { loadYamlFile } from '../lib/integrity/load.ts';
import { collectionNames, type CollectionName } from '../registry.ts';
import { ratesSchema } from '../schemas/money.ts';
import { placesFileSchema } from '../schemas/places.ts';

// Reference data was validated by the integrity check before the build began, which read each file once.
const root = process.cwd();
const places = placesFileSchema.parse(loadYamlFile(root, 'content/places.yaml').data);
const rates = ratesSchema.parse(loadYamlFile(root, 'content/rates.yaml').data);

/** Every published entry of every collection of the registry, as Astro loaded them. */
export const entries = Object.fromEntries(
  await Promise.all(collectionNames.map(async (name) => [name, await getCollection(name)] as const)),
) as { [C in CollectionName]: CollectionEntry<C>[] };

/** The knowledge base, built once per build and shared by every page. */
export const kb = buildKnowledgeBase({ ...entries, places: places.places, rates });
export const placesReference = places.reference;
