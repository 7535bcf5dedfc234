import type { PartialDate } from '../schemas/date.ts';
import type { KnowledgeBase } from './kb.ts';
import { words } from './labels.ts';
import { entryHref } from './routes.ts';

/** A link from an event to a related program: an edition, implementing rules, a final text. */
export type Lineage = { text: string; href: string };

/** A dated event: a program announced, a policy document issued or an article published. */
export type TimelineEvent = {
  date: PartialDate;
  kind: 'program' | 'document' | 'source';
  title: string;
  href: string;
  place?: string | undefined;
  /** For programs: how they relate to other programs' documents, both ways. */
  lineage: Lineage[];
};

const KIND_LABELS = { program: 'Program', document: 'Document issued', source: 'Article' } as const;
export const eventLabel = (event: TimelineEvent) => KIND_LABELS[event.kind];

/** Every dated event, grouped by year (newest first) and ordered within the year. */
export function timeline(kb: KnowledgeBase): [string, TimelineEvent[]][] {
  const placeOf = (id: string) => kb.city(id)?.data.name.en;
  const lineage = (programId: string): Lineage[] => [
    ...(kb.program(programId)?.data.relations ?? []).map((r) => ({
      text: `${words(r.kind)} ${kb.program(r.program.id)?.data.name.en ?? r.program.id}`,
      href: entryHref('programs', r.program.id),
    })),
    ...kb.relatedFrom(programId).map((r) => ({
      text: `${words(r.kind).replace(/ of$/, '')}: ${r.program.data.name.en}`,
      href: entryHref('programs', r.program.id),
    })),
  ];
  // A document behind several programs is one event, linked to the first of them by id.
  const documents = new Map<string, TimelineEvent>();
  for (const p of [...kb.programs].sort((a, b) => a.id.localeCompare(b.id))) {
    const doc = p.data.document;
    if (!doc || doc.issued === 'not stated' || documents.has(doc.title)) continue;
    const title = `${doc.titleEn}${doc.number === 'not stated' ? '' : ` (${doc.number})`}`;
    documents.set(doc.title, {
      date: doc.issued,
      kind: 'document',
      title,
      href: entryHref('programs', p.id),
      place: placeOf(p.data.jurisdiction.id),
      lineage: [],
    });
  }
  const events: TimelineEvent[] = [
    ...kb.programs.flatMap((p) =>
      p.data.announced === 'not stated'
        ? []
        : [
            {
              date: p.data.announced,
              kind: 'program' as const,
              title: p.data.name.en,
              href: entryHref('programs', p.id),
              place: placeOf(p.data.jurisdiction.id),
              lineage: lineage(p.id),
            },
          ],
    ),
    ...documents.values(),
    ...kb.sources.flatMap((s) =>
      s.data.published === 'not stated'
        ? []
        : [
            {
              date: s.data.published,
              kind: 'source' as const,
              title: s.data.titleEn,
              href: entryHref('sources', s.id),
              lineage: [],
            },
          ],
    ),
  ];
  const years = new Map<string, TimelineEvent[]>();
  for (const event of events.sort(
    (a, b) => b.date.date.localeCompare(a.date.date) || a.title.localeCompare(b.title, 'en'),
  )) {
    const year = event.date.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return [...years.entries()];
}
