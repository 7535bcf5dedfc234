import { knownDate } from './dates.ts';
import type { CollectionName } from '../registry.ts';
import { facets, largestAmount, type Facets } from './facets.ts';
import type { KnowledgeBase } from './kb.ts';
import { words } from './labels.ts';

/** The search facets of one entity page, from the knowledge base's validated data. */
export function entityFacets(kb: KnowledgeBase, collection: CollectionName, id: string): Facets {
  const placeName = (cityId: string | undefined) => (cityId ? kb.city(cityId)?.data.name.en : undefined);
  const provinceName = (cityId: string | undefined) => (cityId ? kb.provinceOf(cityId)?.data.name.en : undefined);
  switch (collection) {
    case 'cities':
      return facets({ type: 'Place', places: [placeName(id)], provinces: [provinceName(id)] });
    case 'programs': {
      const program = kb.program(id);
      const place = program?.data.jurisdiction.id;
      return facets({
        type: 'Program',
        places: [placeName(place)],
        provinces: [provinceName(place)],
        instrument: program && words(program.data.instrument),
        voucherKinds: program?.data.voucherKinds ?? [],
        focus: program && program.data.focus !== 'not stated' ? program.data.focus.map(words) : [],
        date: knownDate(program?.data.announced)?.date,
        amount: program && largestAmount(program.data, kb.rates),
      });
    }
    case 'companies': {
      const company = kb.company(id);
      const home = company && company.data.home !== 'not stated' ? company.data.home.id : undefined;
      const places = [home, ...(company?.data.places.map((p) => p.place.id) ?? [])];
      return facets({ type: 'Organisation', places: places.map(placeName), provinces: places.map(provinceName) });
    }
    case 'sources': {
      const source = kb.source(id);
      // A source is about the places of the entries that cite it.
      const places = kb.citedBy(id).flatMap(({ entity }) => (entity.collection === 'cities' ? [entity.id] : []));
      return facets({
        type: 'Source',
        places: places.map(placeName),
        provinces: places.map(provinceName),
        date: source && source.data.published !== 'not stated' ? source.data.published.date : undefined,
      });
    }
  }
}
