import type { Currency, Money, MoneyKind, Rates } from '../schemas/money.ts';

/** An amount in the three currencies readers compare in. */
export type Normalised = Record<'CNY' | 'USD' | 'EUR', number>;

function cnyPerUnit(currency: Currency, rates: Rates): number | undefined {
  if (currency === 'CNY') return 1;
  return rates.rates[currency]?.cnyPerUnit;
}

/** An amount the source gives as a number, with its currency and kind. */
export type KnownMoney = Money & { amount: number; currency: Currency; kind: MoneyKind };

/** True when the amount is a number with a currency and a kind, not "not stated" or "not disclosed". */
export const isKnown = (money: Money): money is KnownMoney =>
  typeof money.amount === 'number' && money.currency !== undefined && money.kind !== 'not stated';

/** Converts a stated amount into CNY, USD and EUR with the rates table; undefined when not given or no rate. */
export function normalise(
  money: { amount: number | string; currency?: Currency | undefined },
  rates: Rates,
): Normalised | undefined {
  if (typeof money.amount !== 'number' || money.currency === undefined) return undefined;
  const perUnit = cnyPerUnit(money.currency, rates);
  if (perUnit === undefined) return undefined;
  const cny = money.amount * perUnit;
  return { CNY: cny, USD: cny / rates.rates.USD.cnyPerUnit, EUR: cny / rates.rates.EUR.cnyPerUnit };
}

/** The significant figures of a stated amount: 1 for 2,000,000, 2 for 860,000,000 and for 2.5, 3 for 1,250. */
export function significantFigures(amount: number): number {
  if (amount === 0 || !Number.isFinite(amount)) return 1;
  let figures = 1;
  while (figures < 15 && Number(amount.toPrecision(figures)) !== amount) figures++;
  return figures;
}

/**
 * A converted amount rounded to the precision of the figure it comes from: 2 million yuan is not 275,999 dollars.
 * Never fewer than 2 figures, since rounding 275,999 to one figure (300,000) would itself misstate it by a tenth.
 */
export function roundConverted(value: number, stated: number): number {
  return Number(value.toPrecision(Math.max(2, significantFigures(stated))));
}

/** {@link normalise} for display: the amounts in other currencies than the stated one rounded by roundConverted. */
export function normaliseForDisplay(
  money: { amount: number | string; currency?: Currency | undefined },
  rates: Rates,
): Normalised | undefined {
  const exact = normalise(money, rates);
  if (!exact || typeof money.amount !== 'number') return undefined;
  const stated = money.amount;
  const round = (currency: keyof Normalised) =>
    currency === money.currency ? exact[currency] : roundConverted(exact[currency], stated);
  return { CNY: round('CNY'), USD: round('USD'), EUR: round('EUR') };
}

const SCALES: [number, string][] = [
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** "CNY 1 billion", "USD 415,000": words for large round amounts, digits otherwise. */
export function formatAmount(amount: number, currency: string): string {
  for (const [scale, word] of SCALES) {
    if (amount >= scale) {
      const value = amount / scale;
      return `${currency} ${new Intl.NumberFormat('en', { maximumFractionDigits: value < 10 ? 2 : 1 }).format(value)} ${word}`;
    }
  }
  return `${currency} ${new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(amount)}`;
}

/** "CNY 1 billion", or the words "not stated" / "not disclosed" when the source gives no figure. */
export function formatStated(money: { amount: number | string; currency?: Currency | undefined }): string {
  return typeof money.amount === 'number' && money.currency
    ? formatAmount(money.amount, money.currency)
    : String(money.amount);
}

/** The words for a money kind, as shown next to an amount. */
export const kindLabels: Record<MoneyKind | 'not stated', string> = {
  'not stated': 'kind not stated',
  total: 'total budget',
  'per-recipient-cap': 'cap per recipient',
  'per-year': 'per year',
  cumulative: 'cumulative',
  'part-of-total': 'part of a total',
  investment: 'investment',
};

/**
 * How the amounts of one kind combine across programs. Budgets, yearly sums and investments of
 * different programs add up; caps per recipient do not (three caps of 3, 8 and 50 million do not
 * make a cap of 61 million), so a place shows its highest cap.
 */
export const combineRule: Record<MoneyKind, 'sum' | 'max'> = {
  total: 'sum',
  'per-recipient-cap': 'max',
  'per-year': 'sum',
  cumulative: 'sum',
  'part-of-total': 'sum',
  investment: 'sum',
};

/**
 * Combines amounts per kind, in CNY, following {@link combineRule}. Amounts of different kinds are
 * never added together: a cap per recipient and a total budget measure different things.
 */
export function totalsByKind(
  items: readonly Pick<Money, 'amount' | 'currency' | 'kind'>[],
  rates: Rates,
): Map<MoneyKind, number> {
  const totals = new Map<MoneyKind, number>();
  for (const item of items) {
    if (item.kind === 'not stated') continue;
    const value = normalise(item, rates);
    if (!value) continue;
    const before = totals.get(item.kind);
    const combined =
      before === undefined
        ? value.CNY
        : combineRule[item.kind] === 'max'
          ? Math.max(before, value.CNY)
          : before + value.CNY;
    totals.set(item.kind, combined);
  }
  return totals;
}

/** One amount of a program as the charts and comparisons count it, with the field it comes from. */
export type ProgramAmount = Pick<Money, 'amount' | 'currency' | 'approximate'> & {
  kind: MoneyKind | 'not stated';
  field: string;
};

type AmountFields = {
  money: readonly Money[];
  pool?: readonly { amount: number | string; currency?: Currency | undefined; period: string; upTo: boolean }[];
  caps?: readonly { amount: number | string; currency?: Currency | undefined; upTo?: boolean }[];
};

/**
 * Every amount a program states, as money of a kind: its money items, its pools (a yearly pool is
 * a yearly sum, a pool for a round or in total is a total budget) and its caps per recipient.
 * Take-up is left out on purpose: what was delivered is never added to what was announced.
 */
export function programAmounts(data: AmountFields): ProgramAmount[] {
  const known = (amount: number | string) => (typeof amount === 'number' ? amount : (amount as Money['amount']));
  return [
    ...data.money.map((m, i) => ({
      amount: m.amount,
      currency: m.currency,
      approximate: m.approximate,
      kind: m.kind,
      field: `money[${i}]`,
    })),
    ...(data.pool ?? []).map((p, i) => ({
      amount: known(p.amount),
      currency: p.currency,
      approximate: p.upTo,
      kind:
        p.period === 'year'
          ? ('per-year' as const)
          : p.period === 'round' || p.period === 'total'
            ? ('total' as const)
            : ('not stated' as const),
      field: `pool[${i}]`,
    })),
    ...(data.caps ?? []).map((c, i) => ({
      amount: known(c.amount),
      currency: c.currency,
      approximate: false,
      kind: 'per-recipient-cap' as const,
      field: `caps[${i}]`,
    })),
  ];
}
