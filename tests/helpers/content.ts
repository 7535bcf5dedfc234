import { buildKnowledgeBase } from '../../src/lib/kb.ts';
import { loadEntries, loadYamlFile } from '../../src/lib/integrity/load.ts';
import type { CityData } from '../../src/schemas/city.ts';
import type { CompanyData } from '../../src/schemas/company.ts';
import type { CollectionName } from '../../src/registry.ts';
import { schemas } from '../../src/registry.ts';
import { ratesSchema } from '../../src/schemas/money.ts';
import { placesFileSchema } from '../../src/schemas/places.ts';
import type { ProgramData } from '../../src/schemas/program.ts';
import type { SourceData } from '../../src/schemas/source.ts';
import { root } from './paths.ts';

/** The knowledge base built from content/ without Astro, for tests that compute expected values. */
export function loadKnowledgeBase() {
  const { entries } = loadEntries(root);
  const of = <D>(collection: CollectionName) =>
    entries
      .filter((e) => e.collection === collection)
      .map((e) => ({ id: e.id, body: e.body, data: schemas[collection].parse(e.data) as D }));
  return buildKnowledgeBase({
    sources: of<SourceData>('sources'),
    cities: of<CityData>('cities'),
    programs: of<ProgramData>('programs'),
    companies: of<CompanyData>('companies'),
    places: placesFileSchema.parse(loadYamlFile(root, 'content/places.yaml').data).places,
    rates: ratesSchema.parse(loadYamlFile(root, 'content/rates.yaml').data),
  });
}
