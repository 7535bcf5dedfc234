import { getCollection } from 'astro:content';
import { buildKnowledgeBase } from '../lib/kb.ts';
import { loadYamlFile } from '../lib/integrity/load.ts';
import { ratesSchema } from '../schemas/money.ts';
import { placesFileSchema } from '../schemas/places.ts';

// Reference data was validated by the integrity check before the build began.
const root = process.cwd();
const places = placesFileSchema.parse(loadYamlFile(root, 'content/places.yaml').data);
const rates = ratesSchema.parse(loadYamlFile(root, 'content/rates.yaml').data);

/** The knowledge base, built once per build and shared by every page. */
export const kb = buildKnowledgeBase({
  sources: await getCollection('sources'),
  cities: await getCollection('cities'),
  programs: await getCollection('programs'),
  companies: await getCollection('companies'),
  places: places.places,
  rates,
});
export const placesReference = places.reference;
