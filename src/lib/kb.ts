import type { CityData } from '../schemas/city.ts';
import type { CompanyData } from '../schemas/company.ts';
import type { CollectionName } from '../registry.ts';
import type { Rates } from '../schemas/money.ts';
import type { PlaceReference } from '../schemas/places.ts';
import type { ProgramData } from '../schemas/program.ts';
import type { SourceData } from '../schemas/source.ts';
import type { Citation } from '../schemas/citation.ts';
import type { QuoteMatch } from './find-quote.ts';
import type { Span } from './highlights.ts';
import { quoteFinder } from './integrity/quotes.ts';
import { entryHref, paragraphHref } from './routes.ts';
import { splitBlocks, type Block } from './source-text.ts';

const PROVINCE_LEVELS = new Set(['province', 'municipality', 'special-administrative-region']);

/** An entry as Astro's content layer returns it. */
export type Entry<D> = { id: string; data: D; body?: string | undefined };

/** A link to an entry, with the name it goes by. */
export type EntityLink = { collection: CollectionName; id: string; name: string; href: string };

/** A citation ready to show: numbered, with its source and the paragraph it stands in. */
export type ResolvedCitation = Citation & {
  key: string;
  n: number;
  sourceTitle: string;
  language: string;
  /** The paragraph of the archived text that holds the quote. */
  paragraph: Block;
  href: string;
};

export type KnowledgeBase = ReturnType<typeof buildKnowledgeBase>;

/**
 * Builds everything pages need from the validated collections, once per build: names, resolved
 * citations, relations in both directions and the quoted spans of every source.
 */
export function buildKnowledgeBase<
  S extends Entry<SourceData>,
  C extends Entry<CityData>,
  P extends Entry<ProgramData>,
  O extends Entry<CompanyData>,
>(input: {
  sources: S[];
  cities: C[];
  programs: P[];
  companies: O[];
  places: Record<string, PlaceReference>;
  rates: Rates;
}) {
  type Entity = C | P | O;
  const byName = <T extends { id: string; data: { name: { en: string } } }>(list: T[]) =>
    [...list].sort((a, b) => a.data.name.en.localeCompare(b.data.name.en, 'en'));
  const sources = [...input.sources].sort((a, b) => a.id.localeCompare(b.id));
  const cities = byName(input.cities);
  const programs = byName(input.programs);
  const companies = byName(input.companies);

  const blocks = new Map(sources.map((s) => [s.id, splitBlocks(s.body ?? '')]));
  const finders = new Map([...blocks].map(([id, list]) => [id, quoteFinder(list)]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const cityById = new Map(cities.map((c) => [c.id, c]));
  const programById = new Map(programs.map((p) => [p.id, p]));
  const companyById = new Map(companies.map((c) => [c.id, c]));

  /** The place, program or organisation with this id; sources have no `name` and are looked up apart. */
  const named = (collection: CollectionName, id: string) =>
    collection === 'cities'
      ? cityById.get(id)
      : collection === 'programs'
        ? programById.get(id)
        : collection === 'companies'
          ? companyById.get(id)
          : undefined;

  const link = (collection: CollectionName, id: string): EntityLink => {
    const entry = named(collection, id);
    const name = entry ? entry.data.name.en : (sourceById.get(id)?.data.titleEn ?? id);
    return { collection, id, name, href: entryHref(collection, id) };
  };

  /** An entry's citations with where each quote stands; every quote is looked up once per build. */
  const resolve = (citations: Record<string, Citation>): { citation: ResolvedCitation; match: QuoteMatch }[] =>
    Object.entries(citations).map(([key, citation], index) => {
      const source = sourceById.get(citation.source.id);
      const match = finders.get(citation.source.id)?.(citation.quote);
      if (!source || !match)
        throw new Error(`Citation ${key} does not resolve; the integrity check should have stopped the build.`);
      const resolved = {
        ...citation,
        key,
        n: index + 1,
        sourceTitle: source.data.titleEn,
        language: source.data.language,
        paragraph: match.block,
        href: paragraphHref(source.id, match.block.anchor),
      };
      return { citation: resolved, match };
    });

  const entities: [CollectionName, Entity][] = [
    ...cities.map((e) => ['cities', e] as [CollectionName, Entity]),
    ...programs.map((e) => ['programs', e] as [CollectionName, Entity]),
    ...companies.map((e) => ['companies', e] as [CollectionName, Entity]),
  ];

  // Resolved citations per entity; quoted spans per source paragraph, each pointing back to the
  // entries that quote it; and per source, the entries citing it, in a map keyed by the entry.
  const citationsOf = new Map<string, ResolvedCitation[]>();
  const spans = new Map<string, Map<number, Span<EntityLink>[]>>();
  const citing = new Map<string, Map<string, { entity: EntityLink; citations: ResolvedCitation[] }>>();
  for (const [collection, entry] of entities) {
    const entity = link(collection, entry.id);
    const resolved = resolve(entry.data.citations);
    citationsOf.set(
      `${collection}/${entry.id}`,
      resolved.map((r) => r.citation),
    );
    for (const { citation, match } of resolved) {
      const sourceId = citation.source.id;
      const perBlock = spans.get(sourceId) ?? new Map<number, Span<EntityLink>[]>();
      const list = perBlock.get(match.block.n) ?? [];
      list.push({ start: match.start, end: match.end, by: [entity] });
      perBlock.set(match.block.n, list);
      spans.set(sourceId, perBlock);
      const byEntity = citing.get(sourceId) ?? new Map<string, { entity: EntityLink; citations: ResolvedCitation[] }>();
      const item = byEntity.get(entity.href);
      if (item) item.citations.push(citation);
      else byEntity.set(entity.href, { entity, citations: [citation] });
      citing.set(sourceId, byEntity);
    }
  }
  // Maps keep insertion order, so each source lists its citing entries in the order met, as before.
  const citedBy = new Map([...citing].map(([id, byEntity]) => [id, [...byEntity.values()]]));

  // Relations in both directions, indexed once, so that a page asks for its own in constant time
  // rather than scanning every program and organisation (which made the build grow as N²).
  const index = <T>(pairs: Iterable<[string, T]>) => {
    const map = new Map<string, T[]>();
    for (const [key, value] of pairs) {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    }
    return map;
  };
  const programsByPlace = index(programs.map((p) => [p.data.jurisdiction.id, p]));
  const organisationsByPlace = index(
    companies.flatMap((c) =>
      [
        ...new Set([
          ...(c.data.home === 'not stated' ? [] : [c.data.home.id]),
          ...c.data.places.map((p) => p.place.id),
        ]),
      ].map((id) => [id, c] as [string, O]),
    ),
  );
  const placesByParent = index(cities.flatMap((c) => (c.data.parent ? [[c.data.parent.id, c] as [string, C]] : [])));
  const programsByOrganisation = index(
    programs.flatMap((p) => [...new Set(p.data.roles.map((r) => r.org.id))].map((id) => [id, p] as [string, P])),
  );
  const relatedFrom = index(
    programs.flatMap((p) =>
      p.data.relations.map(
        (r) => [r.program.id, { program: p, kind: r.kind }] as [string, { program: P; kind: string }],
      ),
    ),
  );
  // A fresh array per call, as the filters these replace gave, so no caller can alter the index.
  const lookup = <T>(map: Map<string, T[]>, id: string): T[] => [...(map.get(id) ?? [])];

  const namesOf = (collection: CollectionName, id: string): string[] => {
    const entry = named(collection, id);
    if (!entry) return [];
    const aliases = 'aliases' in entry.data ? (entry.data.aliases as string[]) : [];
    return [entry.data.name.en, entry.data.name.original, ...aliases].filter((n): n is string => !!n && n.length > 2);
  };
  const mentions = (citation: ResolvedCitation, names: string[]) =>
    names.some((name) => citation.quote.includes(name) || citation.translation?.includes(name));

  return {
    sources,
    cities,
    programs,
    companies,
    places: input.places,
    rates: input.rates,
    blocks: (sourceId: string) => blocks.get(sourceId) ?? [],
    source: (id: string) => sourceById.get(id),
    city: (id: string) => cityById.get(id),
    program: (id: string) => programById.get(id),
    company: (id: string) => companyById.get(id),
    link,
    citations: (collection: CollectionName, id: string) => citationsOf.get(`${collection}/${id}`) ?? [],
    /** Programs whose jurisdiction is the place. */
    programsIn: (cityId: string) => lookup(programsByPlace, cityId),
    /** Organisations based in the place or connected with it. */
    organisationsIn: (cityId: string) => lookup(organisationsByPlace, cityId),
    /** Places whose parent is this one. */
    placesWithin: (cityId: string) => lookup(placesByParent, cityId),
    /** Programs on which the organisation acts in a role a quote states. */
    programsOf: (companyId: string) => lookup(programsByOrganisation, companyId),
    /** Programs that name this one in their relations (a newer edition, implementing rules …). */
    relatedFrom: (programId: string) => lookup(relatedFrom, programId),
    /** Entries citing the source, with the citations they take from it. */
    citedBy: (sourceId: string) => citedBy.get(sourceId) ?? [],
    /** Quoted spans of one paragraph of a source. */
    quotedSpans: (sourceId: string, block: number) => spans.get(sourceId)?.get(block) ?? [],
    /** The province-level place (province, municipality or SAR) a place belongs to, itself included. */
    provinceOf: (cityId: string): C | undefined => {
      const seen = new Set<string>();
      for (
        let at = cityById.get(cityId);
        at && !seen.has(at.id);
        at = at.data.parent && cityById.get(at.data.parent.id)
      ) {
        seen.add(at.id);
        if (PROVINCE_LEVELS.has(at.data.level)) return at;
      }
      return undefined;
    },
    /**
     * The quoted sentence that makes a relation, for backlinks: a citation of one entry that names
     * the other, looked for in both directions.
     */
    linkSentence: (
      from: { collection: CollectionName; id: string },
      to: { collection: CollectionName; id: string },
    ): ResolvedCitation | undefined => {
      const search = (a: typeof from, b: typeof to) =>
        (citationsOf.get(`${a.collection}/${a.id}`) ?? []).find((c) => mentions(c, namesOf(b.collection, b.id)));
      return search(from, to) ?? search(to, from);
    },
    /** Sources an entity cites. */
    sourcesOf: (collection: CollectionName, id: string) => [
      ...new Set((citationsOf.get(`${collection}/${id}`) ?? []).map((c) => c.source.id)),
    ],
  };
}
