import type { PartialDate } from '../schemas/date.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "29 July 2025", "July 2025" or "2025": only as much as is known. */
export function formatPartialDate(value: Pick<PartialDate, 'date' | 'precision'>): string {
  const [year, month, day] = value.date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (value.precision === 'year' || !monthName) return year ?? value.date;
  if (value.precision === 'month' || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** The date when one is given, undefined for "not stated". */
export const knownDate = (value: PartialDate | 'not stated' | undefined): PartialDate | undefined =>
  value === undefined || value === 'not stated' ? undefined : value;

/** Programs by announcement, newest first; those with no stated date last. Written once for every list. */
export function newestFirst<T extends { data: { announced: PartialDate | 'not stated' } }>(
  programs: readonly T[],
): T[] {
  const key = (p: T) => knownDate(p.data.announced)?.date ?? '';
  return [...programs].sort((a, b) => key(b).localeCompare(key(a)));
}

/** Words for a program's focus: the areas, or "not stated". */
export const focusWords = (focus: readonly string[] | 'not stated') =>
  focus === 'not stated' ? 'not stated' : focus.map((f) => f.replace(/-/g, ' ')).join(', ');
