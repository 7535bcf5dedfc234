/**
 * What each entity page renders, computed once per page from the knowledge base: relations both
 * ways, the sentence that makes each backlink, terms and roles. Pages call one of these and only
 * compose components.
 */
import type { CityData } from '../../schemas/city.ts';
import type { CompanyData } from '../../schemas/company.ts';
import type { ProgramData } from '../../schemas/program.ts';
import type { SourceData } from '../../schemas/source.ts';
import { programRoles } from '../../schemas/terms.ts';
import { knownDate, newestFirst } from '../dates.ts';
import type { EntityLink, KnowledgeBase, ResolvedCitation } from '../kb.ts';
import { levelLabels, organisationLabels, words } from '../labels.ts';
import { programSummary, takeUpLines, termRows } from '../terms.ts';
import { entryHref } from '../routes.ts';
import { LIST_LIMIT, needsOwnPage, summarise, type LongList } from './long-list.ts';

/** An item of a list of related entries: its link, a detail and the quoted sentence that makes it. */
export type RelatedItem = EntityLink & { detail?: string | undefined; sentence?: ResolvedCitation | undefined };

// How a related program stands to this one, read from this program's side and from the other's.
const RELATION_FROM_HERE: Record<ProgramData['relations'][number]['kind'], string> = {
  'new-edition-of': 'the earlier edition (this program is its new edition)',
  'implementing-rules-of': 'the measures these rules implement',
  'final-text-of': 'the draft of this final text',
  replaces: 'replaced by this program',
};
const RELATION_TO_HERE: Record<string, string> = {
  'new-edition-of': 'a new edition of this program',
  'implementing-rules-of': 'implementing rules of this program',
  'final-text-of': 'the final text of this draft',
  replaces: 'replaces this program',
};

type Self = { collection: 'programs' | 'cities' | 'companies'; id: string };

export function programPage(kb: KnowledgeBase, program: { id: string; data: ProgramData }) {
  const { data } = program;
  const self: Self = { collection: 'programs', id: program.id };
  return {
    citations: kb.citations('programs', program.id),
    place: kb.link('cities', data.jurisdiction.id),
    announced: knownDate(data.announced),
    terms: termRows(data),
    takeUp: takeUpLines(data),
    // Organisations grouped by the role their quote states, in the schema's order of roles.
    roles: programRoles
      .map((role) => ({
        role: words(role),
        items: data.roles
          .filter((r) => r.role === role)
          .map((r) => ({ ...kb.link('companies', r.org.id), cite: r.cite })),
      }))
      .filter((group) => group.items.length > 0),
    related: [
      ...data.relations.map((r): RelatedItem => ({
        ...kb.link('programs', r.program.id),
        detail: RELATION_FROM_HERE[r.kind],
      })),
      ...kb
        .relatedFrom(program.id)
        .map((r): RelatedItem => ({ ...kb.link('programs', r.program.id), detail: RELATION_TO_HERE[r.kind] })),
    ].map((item) => ({ ...item, sentence: kb.linkSentence(self, { collection: 'programs', id: item.id }) })),
    sources: kb.sourcesOf('programs', program.id).map((id) => kb.link('sources', id)),
  };
}

/** A place's programs, newest first, each with its terms in brief, its notes and the sentence that ties it to the place. */
function programsOfPlace(kb: KnowledgeBase, city: { id: string }) {
  const self: Self = { collection: 'cities', id: city.id };
  return newestFirst(kb.programsIn(city.id)).map((p) => ({
    ...kb.link('programs', p.id),
    detail: programSummary(p.data),
    sentence: kb.linkSentence({ collection: 'programs', id: p.id }, self),
    notes: p.data.notes,
  }));
}

/** The address of the page that lists all of a place's programs, or all entries that cite a source. */
export const placeProgramsHref = (id: string) => `${entryHref('cities', id)}programs/`;
export const citedByHref = (id: string) => `${entryHref('sources', id)}cited-by/`;

export function placePage(kb: KnowledgeBase, city: { id: string; data: CityData }, limit = LIST_LIMIT) {
  return {
    citations: kb.citations('cities', city.id),
    reference: kb.places[city.id],
    level: levelLabels[city.data.level],
    parent: city.data.parent && kb.link('cities', city.data.parent.id),
    programs: summarise(programsOfPlace(kb, city), placeProgramsHref(city.id), limit),
    ...relatedListsOf(kb, 'cities', city.id, limit),
  };
}

export function organisationPage(kb: KnowledgeBase, company: { id: string; data: CompanyData }, limit = LIST_LIMIT) {
  const { data } = company;
  const self: Self = { collection: 'companies', id: company.id };
  return {
    citations: kb.citations('companies', company.id),
    kind: organisationLabels[data.kind],
    home: data.home === 'not stated' ? undefined : kb.link('cities', data.home.id),
    places: data.places.map((p) => ({
      ...kb.link('cities', p.place.id),
      detail: words(p.why),
      sentence: kb.linkSentence(self, { collection: 'cities', id: p.place.id }),
    })),
    ...relatedListsOf(kb, 'companies', company.id, limit),
  };
}

/** A list of related entries as an entity page shows it: its heading, its first items and the words of its link to all. */
export type RelatedList = LongList<RelatedItem> & { heading: string; what: string; all: string };

type ListSpec = {
  heading: string;
  /** What the list holds, in the plural, and what its full list is of, given the entry's name. */
  what: string;
  all: (name: string) => string;
  items: (kb: KnowledgeBase, id: string) => RelatedItem[];
};

/** An item linking to another entry, with the quoted sentence that ties the two. */
const relatedItem = (kb: KnowledgeBase, from: Self, to: Self, detail?: string): RelatedItem => ({
  ...kb.link(to.collection, to.id),
  detail,
  sentence: kb.linkSentence(from, to),
});

/** The sources an entry cites, as a list of its page. */
const sourcesList = (collection: 'cities' | 'companies'): ListSpec => ({
  heading: 'Sources',
  what: 'sources',
  all: (name) => `sources on ${name}`,
  items: (kb, id) => kb.sourcesOf(collection, id).map((s) => kb.link('sources', s)),
});

/**
 * The lists of related entries on place and organisation pages that grow with the knowledge base. Each stops at
 * LIST_LIMIT items on the entry's page; a longer one has a page of all its items at `<entry>/<key>/`.
 */
const RELATED_LISTS = {
  cities: {
    organisations: {
      heading: 'Organisations',
      what: 'organisations',
      all: (name) => `organisations in ${name}`,
      items: (kb, id) =>
        kb
          .organisationsIn(id)
          .map((o) =>
            relatedItem(
              kb,
              { collection: 'cities', id },
              { collection: 'companies', id: o.id },
              o.data.knownFor[0]?.text,
            ),
          ),
    },
    places: {
      heading: 'Places within',
      what: 'places',
      all: (name) => `places within ${name}`,
      items: (kb, id) =>
        kb
          .placesWithin(id)
          .map((c) =>
            relatedItem(kb, { collection: 'cities', id }, { collection: 'cities', id: c.id }, c.data.role.text),
          ),
    },
    sources: sourcesList('cities'),
  },
  companies: {
    programs: {
      heading: 'Programs',
      what: 'programs',
      all: (name) => `programs naming ${name} in a role`,
      items: (kb, id) =>
        kb.programsOf(id).map((p) =>
          relatedItem(
            kb,
            { collection: 'companies', id },
            { collection: 'programs', id: p.id },
            // The roles in which the organisation acts on this program, as the quotes state them.
            `${p.data.roles
              .filter((r) => r.org.id === id)
              .map((r) => words(r.role))
              .join(', ')}; ${kb.link('cities', p.data.jurisdiction.id).name}`,
          ),
        ),
    },
    sources: sourcesList('companies'),
  },
} satisfies Record<'cities' | 'companies', Record<string, ListSpec>>;

type ListCollection = keyof typeof RELATED_LISTS;
type ListKey<C extends ListCollection> = keyof (typeof RELATED_LISTS)[C] & string;

/** The address of the page listing all items of one of an entry's related lists. */
export const relatedListHref = (collection: ListCollection, id: string, key: string) =>
  `${entryHref(collection, id)}${key}/`;

function relatedListsOf<C extends ListCollection>(kb: KnowledgeBase, collection: C, id: string, limit: number) {
  const name = kb.link(collection, id).name;
  const specs: Record<string, ListSpec> = RELATED_LISTS[collection];
  return Object.fromEntries(
    Object.entries(specs).map(([key, spec]) => [
      key,
      {
        heading: spec.heading,
        what: spec.what,
        all: spec.all(name),
        ...summarise(spec.items(kb, id), relatedListHref(collection, id, key), limit),
      },
    ]),
  ) as Record<ListKey<C>, RelatedList>;
}

/** Every related list of a collection's entries long enough for a page of its own, with all its items. */
export function fullRelatedLists(kb: KnowledgeBase, collection: ListCollection) {
  const specs: Record<string, ListSpec> = RELATED_LISTS[collection];
  return (kb[collection] as readonly { id: string }[]).flatMap((entry) => {
    const entity = kb.link(collection, entry.id);
    return Object.entries(specs).flatMap(([key, spec]) => {
      const items = spec.items(kb, entry.id);
      return needsOwnPage(items)
        ? [{ id: entry.id, key, entity, heading: spec.heading, title: `All ${spec.all(entity.name)}`, items }]
        : [];
    });
  });
}

const typeLabels: Record<SourceData['sourceType'], string> = {
  official: 'Official text (a government body’s own page)',
  'state-media': 'State media',
  news: 'News',
  repost: 'Repost',
  aggregator: 'Aggregator',
  blog: 'Blog',
};

export function sourcePage(kb: KnowledgeBase, source: { id: string; data: SourceData }, limit = LIST_LIMIT) {
  const { data } = source;
  return {
    blocks: kb.blocks(source.id),
    citedBy: summarise(kb.citedBy(source.id), citedByHref(source.id), limit),
    language: new Intl.DisplayNames(['en'], { type: 'language' }).of(data.language) ?? data.language,
    type: typeLabels[data.sourceType],
    removedLines: data.removed.reduce((sum, span) => sum + span.to - span.from + 1, 0),
  };
}

/** The page listing all of a place's programs, for places with more than a page shows. */
export function placeProgramsPage(kb: KnowledgeBase, city: { id: string }) {
  return { place: kb.link('cities', city.id), programs: programsOfPlace(kb, city) };
}

/** The page listing every entry that cites a source, for sources cited by more than their page shows. */
export function citedByPage(kb: KnowledgeBase, source: { id: string }) {
  return { source: kb.link('sources', source.id), citedBy: kb.citedBy(source.id) };
}

/** The places and sources whose lists are long enough for a page of their own. */
export const placesWithProgramsPage = (kb: KnowledgeBase) => kb.cities.filter((c) => needsOwnPage(kb.programsIn(c.id)));
export const sourcesWithCitedByPage = (kb: KnowledgeBase) => kb.sources.filter((s) => needsOwnPage(kb.citedBy(s.id)));
