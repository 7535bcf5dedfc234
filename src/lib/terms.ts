/**
 * The terms of an instrument as a reader compares them: one line of text per pool, cap, rate tier,
 * take-up figure and rule, each with the citation keys and the note field behind it. Program pages,
 * the comparison of vouchers and the exports all read these lines, so a term is worded once.
 */
import type { ProgramData } from '../schemas/program.ts';
import { formatPartialDate } from './dates.ts';
import { words } from './labels.ts';
import { formatAmount, formatStated, kindLabels } from './money.ts';
import { quoted } from './quotes.ts';

/** One stated term: its words, its citations and the field an editorial note would name. */
export type TermLine = { text: string; cite: readonly string[]; field: string };
/** A row of the terms table: what is measured, and every line the sources give for it. */
export type TermRow = { label: string; lines: TermLine[] };

/** A share as a percentage: 0.3 is "30%". */
export const percent = (share: number) =>
  `${new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(share * 100)}%`;
const stated = (asStated: string | undefined) => (asStated ? ` (stated as ${quoted(asStated)})` : '');
const per = (unit: string) => (unit === 'not stated' ? 'per recipient (unit not stated)' : `per ${unit}`);
const period = (value: string) =>
  ({
    year: 'a year',
    round: 'a round',
    project: 'per project',
    once: 'once',
    total: 'in total',
    'not stated': 'period not stated',
  })[value] ?? value;

export function poolText(pool: ProgramData['pool'][number]): string {
  const ceiling = pool.upTo && typeof pool.amount === 'number' ? 'up to ' : '';
  const years = pool.years ? `, ${pool.years}` : '';
  return `${ceiling}${formatStated(pool)} ${period(pool.period)}${years}${stated(pool.asStated)}`;
}

export function capText(cap: ProgramData['caps'][number]): string {
  const amount = typeof cap.amount === 'number' ? `up to ${formatStated(cap)}` : formatStated(cap);
  const when = cap.period === 'year' ? ' a year' : cap.period === 'not stated' ? '' : ` ${period(cap.period)}`;
  const condition = cap.condition ? `, ${cap.condition}` : '';
  return `${amount} ${per(cap.per)}${when}${condition}${stated(cap.asStated)}`;
}

export function rateText(rate: ProgramData['rates'][number]): string {
  const base = rate.base === 'not stated' ? 'of a base not stated' : `of the ${rate.base}`;
  const tier = rate.condition ? ` for ${rate.condition}` : rate.stacked ? '' : ' in general';
  return `${rate.upTo ? 'up to ' : ''}${percent(rate.share)} ${base}${tier}${rate.stacked ? ' (when stacked with another program)' : ''}${stated(rate.asStated)}`;
}

export function takeUpText(item: ProgramData['takeUp'][number]): string {
  const value = /^[A-Z]{3}$/.test(item.unit)
    ? formatAmount(item.value, item.unit)
    : `${new Intl.NumberFormat('en').format(item.value)} ${item.unit}`;
  const when = item.date === 'not stated' ? 'date not stated' : `as of ${formatPartialDate(item.date)}`;
  return `${item.approximate ? 'about ' : ''}${value} (${words(item.measure)}, ${when})${stated(item.asStated)}`;
}

/** The rows of a program's terms table, leaving out what no source states. */
export function termRows(data: ProgramData): TermRow[] {
  const lines = <T extends { cite: readonly string[] }>(items: readonly T[], name: string, text: (item: T) => string) =>
    items.map((item, i) => ({ text: text(item), cite: item.cite, field: `${name}[${i}]` }));
  const rows: TermRow[] = [
    {
      label: 'Voucher kind',
      lines: data.voucherKinds.length
        ? [{ text: data.voucherKinds.join(', '), cite: data.focusCite, field: 'voucherKinds' }]
        : [],
    },
    { label: 'Pool', lines: lines(data.pool, 'pool', poolText) },
    { label: 'Cap per recipient', lines: lines(data.caps, 'caps', capText) },
    { label: 'Rate', lines: lines(data.rates, 'rates', rateText) },
    { label: 'Stacking', lines: lines(data.stacking, 'stacking', (s) => s.text) },
    { label: 'Eligibility', lines: lines(data.eligibility, 'eligibility', (s) => s.text) },
    { label: 'How and when to apply', lines: lines(data.application, 'application', (s) => s.text) },
  ];
  return rows.filter((row) => row.lines.length > 0);
}

/** Reported delivery, kept apart from the announced pool. */
export const takeUpLines = (data: ProgramData): TermLine[] =>
  data.takeUp.map((item, i) => ({ text: takeUpText(item), cite: item.cite, field: `takeUp[${i}]` }));

/** One line on a program for lists: instrument, voucher kinds and its first pool, rate and cap. */
export function programSummary(data: ProgramData): string {
  const parts = [
    data.voucherKinds.length > 0 ? `${data.voucherKinds.join(', ')} voucher` : words(data.instrument),
    ...(data.pool[0] ? [`pool ${poolText(data.pool[0]).replace(/ \(stated as .*\)$/, '')}`] : []),
    // A news report's money, where no policy terms are known.
    ...(!data.pool[0] && data.money[0] ? [`${formatStated(data.money[0])} (${kindLabels[data.money[0].kind]})`] : []),
    ...(data.rates[0] ? [rateText(data.rates[0]).replace(/ \(stated as .*\)$/, '')] : []),
    ...(data.caps[0] ? [`cap ${capText(data.caps[0]).replace(/ \(stated as .*\)$/, '')}`] : []),
  ];
  return parts.join('; ');
}
