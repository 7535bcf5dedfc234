import type { PartialDate } from '../../schemas/date.ts';
import type { ProgramData } from '../../schemas/program.ts';
import { formatPartialDate, knownDate } from '../dates.ts';
import { words } from '../labels.ts';
import { formatStated, kindLabels } from '../money.ts';
import { entryHref } from '../routes.ts';

/** One item of the programs feed, in the shape @astrojs/rss takes. */
export type FeedItem = { title: string; link: string; pubDate?: Date; description: string; categories: string[] };

/** The first day of what is known of a date: "2025-07" is 1 July 2025, 00:00 UTC. */
export function firstDay(date: Pick<PartialDate, 'date'>): Date {
  const [year = 1970, month = 1, day = 1] = date.date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * The programs feed: newest announcement first, ties by id; programs with no known announcement
 * date follow, by id, without a publication date rather than with an invented one.
 */
export function programFeedItems(
  programs: readonly { id: string; data: ProgramData }[],
  placeName: (id: string) => string,
): FeedItem[] {
  const key = (p: { id: string; data: ProgramData }) => knownDate(p.data.announced)?.date ?? '';
  const sorted = [...programs].sort((a, b) => (key(a) === key(b) ? (a.id < b.id ? -1 : 1) : key(a) < key(b) ? 1 : -1));
  return sorted.map(({ id, data }) => {
    const place = placeName(data.jurisdiction.id);
    const money = data.money.map((m) => `${kindLabels[m.kind]}: ${formatStated(m)}`);
    const announced = knownDate(data.announced);
    return {
      title: data.name.en,
      link: entryHref('programs', id),
      ...(announced ? { pubDate: firstDay(announced) } : {}),
      description: [
        `${/^[aeiou]/.test(data.instrument) ? 'An' : 'A'} ${words(data.instrument)} of ${place}, ${announced ? `announced ${formatPartialDate(announced)}` : 'announcement date not stated'}.`,
        ...(money.length > 0 ? [`Money: ${money.join('; ')}.`] : []),
      ].join(' '),
      categories: [place, words(data.instrument), ...(data.focus === 'not stated' ? [] : data.focus.map(words))],
    };
  });
}
