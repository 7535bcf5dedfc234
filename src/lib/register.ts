/**
 * The coverage register of the about page: what the archived sources cover, place by place, what
 * kinds of page and languages they are, what is known to be missing, and the limitations that
 * follow, all counted from the data so that no number or id on the page is written by hand.
 */
import type { ProgramData } from '../schemas/program.ts';
import type { SourceData } from '../schemas/source.ts';
import { sourceTypes } from '../schemas/source.ts';
import type { EntityLink, KnowledgeBase } from './kb.ts';
import { words } from './labels.ts';

type SourceType = (typeof sourceTypes)[number];
/** What the register reads from the knowledge base. */
export type RegisterSource = Pick<
  KnowledgeBase,
  'cities' | 'programs' | 'sources' | 'companies' | 'programsIn' | 'organisationsIn' | 'sourcesOf' | 'link' | 'source'
>;

/** Kinds of page that do not carry the policy's words from their issuer: a copy of another page, or a digest. */
const SECOND_HAND: readonly SourceType[] = ['repost', 'aggregator'];

export type PlaceCoverage = {
  place: EntityLink;
  comparisonOnly: boolean;
  programs: EntityLink[];
  organisations: number;
  /** Sources cited by the place's entry or by its programs. */
  sources: EntityLink[];
  gaps: string[];
};

/** A policy document that programs name, whose own text is not among the archived sources. */
export type MissingDocument = {
  title: string;
  lang: string | undefined;
  titleEn: string;
  number: string;
  programs: EntityLink[];
};

const typeWords: Record<SourceType, [string, string]> = {
  official: ['official text', 'official texts'],
  'state-media': ['state-media report', 'state-media reports'],
  news: ['news report', 'news reports'],
  repost: ['repost', 'reposts'],
  aggregator: ['aggregator page', 'aggregator pages'],
  blog: ['blog post', 'blog posts'],
};
const languageName = new Intl.DisplayNames(['en'], { type: 'language' });

/** Counts of values, most frequent first, then by name. */
function tally(values: readonly string[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en'));
}

/** Every place with its programs, organisations and sources, and the gaps that shows. */
export function placeCoverage(kb: RegisterSource): PlaceCoverage[] {
  return kb.cities.map((city) => {
    const programs = kb.programsIn(city.id);
    const sourceIds = [
      ...new Set([...kb.sourcesOf('cities', city.id), ...programs.flatMap((p) => kb.sourcesOf('programs', p.id))]),
    ].sort();
    const gaps = [
      city.data.comparisonOnly && 'named only for comparison',
      programs.length === 0 && 'no program described',
      sourceIds.length < 2 && 'a single source',
    ].filter((gap): gap is string => typeof gap === 'string');
    return {
      place: kb.link('cities', city.id),
      comparisonOnly: city.data.comparisonOnly,
      programs: programs.map((p) => kb.link('programs', p.id)),
      organisations: kb.organisationsIn(city.id).length,
      sources: sourceIds.map((id) => kb.link('sources', id)),
      gaps,
    };
  });
}

/** The kinds of page among the sources, and their languages, with counts. */
export function sourceMix(sources: readonly { data: Pick<SourceData, 'sourceType' | 'language'> }[]) {
  return {
    types: sourceTypes
      .map((type) => ({
        type,
        label: typeWords[type][1],
        count: sources.filter((s) => s.data.sourceType === type).length,
      }))
      .filter((t) => t.count > 0),
    languages: tally(sources.map((s) => languageName.of(s.data.language) ?? s.data.language)).map(
      ({ value, count }) => ({ language: value, count }),
    ),
  };
}

const typesOf = (kb: RegisterSource, programId: string) =>
  kb.sourcesOf('programs', programId).flatMap((id) => {
    const type = kb.source(id)?.data.sourceType;
    return type ? [type] : [];
  });

/**
 * Documents that programs name whose official text is not archived: no program that names the
 * document cites an official source. Programs resting on one document share its entry.
 */
export function missingDocuments(kb: RegisterSource): MissingDocument[] {
  const byTitle = new Map<string, MissingDocument>();
  for (const program of kb.programs) {
    const doc: ProgramData['document'] = program.data.document;
    if (!doc || typesOf(kb, program.id).includes('official')) continue;
    const lang = /\p{Script=Han}/u.test(doc.title) ? 'zh' : undefined;
    const item = byTitle.get(doc.title) ?? {
      title: doc.title,
      lang,
      titleEn: doc.titleEn,
      number: doc.number,
      programs: [],
    };
    item.programs.push(kb.link('programs', program.id));
    byTitle.set(doc.title, item);
  }
  // A document that another program quotes from an official source is archived after all.
  const archived = new Set(
    kb.programs
      .filter((p) => p.data.document && typesOf(kb, p.id).includes('official'))
      .map((p) => p.data.document?.title),
  );
  return [...byTitle.values()]
    .filter((d) => !archived.has(d.title))
    .sort((a, b) => a.titleEn.localeCompare(b.titleEn, 'en'));
}

/** Places whose programs rest only on reposts or aggregators, with those sources. */
export function secondHandPlaces(kb: RegisterSource): { place: EntityLink; sources: EntityLink[] }[] {
  return kb.cities.flatMap((city) => {
    const programs = kb.programsIn(city.id);
    const ids = [...new Set(programs.flatMap((p) => kb.sourcesOf('programs', p.id)))].sort();
    const secondHand =
      ids.length > 0 && ids.every((id) => SECOND_HAND.includes(kb.source(id)?.data.sourceType ?? 'official'));
    return secondHand ? [{ place: kb.link('cities', city.id), sources: ids.map((id) => kb.link('sources', id)) }] : [];
  });
}

const counted = (count: number, [one, many]: [string, string]) => `${count} ${count === 1 ? one : many}`;
const list = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The limitations of the knowledge base, as sentences counted from the data. */
export function limitations(kb: RegisterSource): string[] {
  const { sources } = kb;
  const mix = sourceMix(sources);
  const translated = sources.filter((s) => s.data.translates).length;
  const excerpts = sources.filter((s) => s.data.excerpt).length;
  const undated = sources.filter((s) => s.data.published === 'not stated').length;
  const noPublisher = sources.filter((s) => s.data.publisher === 'not stated').length;
  const notes = tally(
    [...kb.cities, ...kb.programs, ...kb.companies].flatMap((e) => e.data.notes.map((n) => words(n.kind))),
  );
  const missing = missingDocuments(kb).length;
  const secondHand = secondHandPlaces(kb).length;
  return [
    `The knowledge base knows only what its ${sources.length} archived sources say. ` +
      'Where they are silent, so is the site; nothing is added from general knowledge.',
    `They are ${list(mix.types.map((t) => counted(t.count, typeWords[t.type])))}, ` +
      `in ${list(mix.languages.map((l) => l.language))}` +
      `${translated ? `; ${counted(translated, ['translates', 'translate'])} another outlet's article` : ''}` +
      `${excerpts ? `; ${counted(excerpts, ['is', 'are'])} archived only in part` : ''}.`,
    ...(missing || secondHand
      ? [
          `${counted(missing, ['document that programs name has', 'documents that programs name have'])} ` +
            `no official text in the archive, and ${counted(secondHand, ['place rests', 'places rest'])} ` +
            'only on reposts or aggregators: see "Known to be missing" below.',
        ]
      : []),
    ...(undated || noPublisher
      ? [
          `${counted(undated, ['source prints', 'sources print'])} no date and ${noPublisher} no publisher; ` +
            'such values are marked "not stated" or inferred, with the reasoning on the source page.',
        ]
      : []),
    ...(notes.length
      ? [`Editorial notes flag where sources are doubtful: ${list(notes.map((n) => `${n.count} ${n.value}`))}.`]
      : []),
    'Amounts are shown as stated. ' +
      "Normalised values use rates implied by the sources' own conversions, so they are approximate.",
  ];
}

/** Everything the about page shows of coverage and limitations. */
export function coverageRegister(kb: RegisterSource) {
  return {
    places: placeCoverage(kb),
    counts: {
      places: kb.cities.length,
      comparisonOnly: kb.cities.filter((c) => c.data.comparisonOnly).length,
      programs: kb.programs.length,
      organisations: kb.companies.length,
      sources: kb.sources.length,
    },
    mix: sourceMix(kb.sources),
    missingDocuments: missingDocuments(kb),
    secondHandPlaces: secondHandPlaces(kb),
    limitations: limitations(kb),
  };
}
