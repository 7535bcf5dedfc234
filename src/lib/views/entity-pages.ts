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
import { LIST_LIMIT, needsOwnPage, summarise } from './long-list.ts';

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
  const self: Self = { collection: 'cities', id: city.id };
  const related = (collection: 'programs' | 'cities' | 'companies', id: string, detail?: string): RelatedItem => ({
    ...kb.link(collection, id),
    detail,
    sentence: kb.linkSentence({ collection, id }, self),
  });
  return {
    citations: kb.citations('cities', city.id),
    reference: kb.places[city.id],
    level: levelLabels[city.data.level],
    parent: city.data.parent && kb.link('cities', city.data.parent.id),
    programs: summarise(programsOfPlace(kb, city), placeProgramsHref(city.id), limit),
    organisations: kb.organisationsIn(city.id).map((o) => related('companies', o.id, o.data.knownFor[0]?.text)),
    within: kb.placesWithin(city.id).map((c) => related('cities', c.id, c.data.role.text)),
    sources: kb.sourcesOf('cities', city.id).map((id) => kb.link('sources', id)),
  };
}

export function organisationPage(kb: KnowledgeBase, company: { id: string; data: CompanyData }) {
  const { data } = company;
  const self: Self = { collection: 'companies', id: company.id };
  const programs = kb.programsOf(company.id).map((p) => ({
    ...kb.link('programs', p.id),
    // The roles in which the organisation acts on this program, as the quotes state them.
    detail: `${p.data.roles
      .filter((r) => r.org.id === company.id)
      .map((r) => words(r.role))
      .join(', ')}; ${kb.link('cities', p.data.jurisdiction.id).name}`,
    sentence: kb.linkSentence(self, { collection: 'programs', id: p.id }),
  }));
  return {
    citations: kb.citations('companies', company.id),
    kind: organisationLabels[data.kind],
    home: data.home === 'not stated' ? undefined : kb.link('cities', data.home.id),
    programs,
    places: data.places.map((p) => ({
      ...kb.link('cities', p.place.id),
      detail: words(p.why),
      sentence: kb.linkSentence(self, { collection: 'cities', id: p.place.id }),
    })),
    sources: kb.sourcesOf('companies', company.id).map((id) => kb.link('sources', id)),
  };
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
