import type { Rates } from '../schemas/money.ts';
import { formatStated, kindLabels, normalise, programAmounts } from './money.ts';

/**
 * What the search index knows about an entity page beyond its text: filters (several values
 * allowed), sort keys and metadata for the result list. Emitted from validated data, never typed
 * by authors.
 */
export type Facets = {
  filters: Record<string, string[]>;
  sorts: Record<string, string>;
  meta: Record<string, string>;
};

/** The filters the search page offers, in display order, with their labels. */
export const FILTERS = [
  ['type', 'Type'],
  ['place', 'Place'],
  ['province', 'Province'],
  ['instrument', 'Instrument'],
  ['voucher', 'Voucher kind'],
  ['focus', 'Focus'],
  ['year', 'Year'],
] as const;
export type FilterName = (typeof FILTERS)[number][0];

/** Sorts the search page offers. */
export const SORTS = [
  ['', 'Relevance'],
  ['amount', 'Amount (largest first, normalised to CNY)'],
  ['date', 'Date (newest first)'],
] as const;

/** The largest amount a program states, normalised to CNY, with the words to show for it. */
export function largestAmount(
  data: Parameters<typeof programAmounts>[0],
  rates: Rates,
): { cny: number; label: string } | undefined {
  let best: { cny: number; label: string } | undefined;
  for (const item of programAmounts(data)) {
    const value = normalise(item, rates);
    if (value && (!best || value.CNY > best.cny)) {
      best = { cny: value.CNY, label: `${formatStated(item)} (${kindLabels[item.kind]})` };
    }
  }
  return best;
}

/** Removes empty values and sorts each filter's values, so the page's attributes are stable. */
export function facets(input: {
  type: string;
  places?: (string | undefined)[];
  provinces?: (string | undefined)[];
  instrument?: string | undefined;
  voucherKinds?: string[];
  focus?: string[];
  date?: string | undefined;
  amount?: { cny: number; label: string } | undefined;
}): Facets {
  const clean = (values: (string | undefined)[] = []) => [...new Set(values.filter((v): v is string => !!v))].sort();
  const year = input.date?.slice(0, 4);
  const filters: Record<string, string[]> = {
    type: [input.type],
    place: clean(input.places),
    province: clean(input.provinces),
    instrument: clean([input.instrument]),
    voucher: clean(input.voucherKinds),
    focus: clean(input.focus),
    year: clean([year]),
  };
  const sorts: Record<string, string> = {};
  const meta: Record<string, string> = { type: input.type };
  if (input.amount) {
    // Pagefind sorts numerically when every value is a number; whole yuan keep it exact.
    sorts.amount = String(Math.round(input.amount.cny));
    meta.amount = input.amount.label;
  }
  if (input.date) sorts.date = input.date;
  if (filters.place && filters.place.length > 0) meta.place = filters.place.join(', ');
  return { filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0)), sorts, meta };
}
