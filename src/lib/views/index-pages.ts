/**
 * What the index pages and the home page render: one row per entry with its counts and links,
 * computed here so the pages only lay them out.
 */
import { focusWords, formatPartialDate, newestFirst } from '../dates.ts';
import type { KnowledgeBase } from '../kb.ts';
import { levelLabels, organisationLabels, words } from '../labels.ts';
import { mapPlaces } from '../map.ts';
import { programSummary } from '../terms.ts';

const languageName = new Intl.DisplayNames(['en'], { type: 'language' });

export function placesIndex(kb: KnowledgeBase) {
  return kb.cities.map((city) => ({
    link: kb.link('cities', city.id),
    comparisonOnly: city.data.comparisonOnly,
    zh: kb.places[city.id]?.zh,
    level: levelLabels[city.data.level],
    parent: city.data.parent && kb.link('cities', city.data.parent.id),
    programs: kb.programsIn(city.id).length,
    organisations: kb.organisationsIn(city.id).length,
    sources: kb.sourcesOf('cities', city.id).length,
  }));
}

export function sourcesIndex(kb: KnowledgeBase) {
  return kb.sources.map((source) => ({
    link: kb.link('sources', source.id),
    publisher: source.data.publisher,
    type: words(source.data.sourceType),
    text: source.data.excerpt ? 'excerpt' : 'complete',
    language: languageName.of(source.data.language) ?? source.data.language,
    published: source.data.published === 'not stated' ? 'not stated' : formatPartialDate(source.data.published),
    citedBy: kb.citedBy(source.id).length,
  }));
}

export function homePage(kb: KnowledgeBase) {
  return {
    counts: {
      places: kb.cities.length,
      hubs: kb.cities.filter((c) => kb.programsIn(c.id).length > 0).length,
      programs: kb.programs.length,
      vouchers: kb.programs.filter((p) => p.data.voucherKinds.length > 0).length,
      organisations: kb.companies.length,
      sources: kb.sources.length,
      official: kb.sources.filter((s) => s.data.sourceType === 'official' || s.data.sourceType === 'state-media')
        .length,
    },
    map: mapPlaces(kb.cities, kb.places, (id) => kb.programsIn(id).length),
    latest: newestFirst(kb.programs)
      .slice(0, 8)
      .map((p) => ({
        link: kb.link('programs', p.id),
        place: kb.link('cities', p.data.jurisdiction.id),
        date: p.data.announced === 'not stated' ? undefined : formatPartialDate(p.data.announced),
        summary: programSummary(p.data),
      })),
    placeName: (id: string) => kb.link('cities', id).name,
  };
}

export function programsIndex(kb: KnowledgeBase) {
  // Newest first; programs without a stated date last.
  return newestFirst(kb.programs).map((p) => ({
    link: kb.link('programs', p.id),
    place: kb.link('cities', p.data.jurisdiction.id),
    instrument: words(p.data.instrument),
    focus: focusWords(p.data.focus),
    announced: p.data.announced === 'not stated' ? 'not stated' : formatPartialDate(p.data.announced),
    terms: programSummary(p.data),
  }));
}

export function organisationsIndex(kb: KnowledgeBase) {
  return kb.companies.map((c) => ({
    link: kb.link('companies', c.id),
    kind: organisationLabels[c.data.kind],
    home: c.data.home === 'not stated' ? undefined : kb.link('cities', c.data.home.id),
    knownFor: c.data.knownFor[0]?.text,
  }));
}
