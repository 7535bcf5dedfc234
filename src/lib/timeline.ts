import type { PartialDate } from '../schemas/date.ts';
import type { KnowledgeBase } from './kb.ts';
import { entryHref } from './routes.ts';

/** A dated event: a program announced or an article published. */
export type TimelineEvent = { date: PartialDate; kind: 'program' | 'source'; title: string; href: string; place?: string | undefined };

/** Every dated event, grouped by year (newest first) and ordered within the year. */
export function timeline(kb: KnowledgeBase): [string, TimelineEvent[]][] {
  const events: TimelineEvent[] = [
    ...kb.programs.flatMap((p) =>
      p.data.announced !== 'not stated'
        ? [{ date: p.data.announced, kind: 'program' as const, title: p.data.name.en, href: entryHref('programs', p.id), place: kb.city(p.data.jurisdiction.id)?.data.name.en }]
        : [],
    ),
    ...kb.sources.flatMap((s) =>
      s.data.published === 'not stated' ? [] : [{ date: s.data.published, kind: 'source' as const, title: s.data.titleEn, href: entryHref('sources', s.id) }],
    ),
  ];
  const years = new Map<string, TimelineEvent[]>();
  for (const event of events.sort((a, b) => b.date.date.localeCompare(a.date.date) || a.title.localeCompare(b.title, 'en'))) {
    const year = event.date.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return [...years.entries()];
}
