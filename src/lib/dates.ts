import type { PartialDate } from '../schemas/date.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "29 July 2025", "July 2025" or "2025": only as much as is known. */
export function formatPartialDate(value: Pick<PartialDate, 'date' | 'precision'>): string {
  const [year, month, day] = value.date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (value.precision === 'year' || !monthName) return year ?? value.date;
  if (value.precision === 'month' || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** A sortable key: missing parts sort first within their year or month. */
export function dateSortKey(value: Pick<PartialDate, 'date'>): string {
  return value.date;
}
