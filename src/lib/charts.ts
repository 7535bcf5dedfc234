import type { MoneyKind, Rates } from '../schemas/money.ts';
import { moneyKinds } from '../schemas/money.ts';
import { combineRule, formatAmount, kindLabels, normaliseForDisplay, programAmounts } from './money.ts';
import { notesOn } from './notes.ts';
import type { EditorialNote } from '../schemas/note.ts';

/** The fields of a program entry that the charts read. */
export type ChartProgram = {
  id: string;
  data: Parameters<typeof programAmounts>[0] & {
    jurisdiction: { id: string };
    instrument: string;
    notes: readonly EditorialNote[];
  };
};

/** Names a place by id. */
export type PlaceName = (id: string) => string;

/** One place's amounts of one kind. */
export type MoneyRow = {
  placeId: string;
  place: string;
  /** The combined amount in CNY, normalised with the site's rates; undefined when none is disclosed. */
  cny: number | undefined;
  /** How many amounts went into `cny`. */
  counted: number;
  /** True when any counted amount is approximate ("about", "up to"). */
  approximate: boolean;
  /** Amounts of this kind that the sources say are not disclosed. */
  notDisclosed: number;
  /** Amounts in a currency the rates table has no rate for, left out of `cny`. */
  noRate: number;
  /** Programs whose counted amount carries an editorial note (garbled, contradicted …), to flag beside the figure. */
  doubtful: string[];
};

/** The places' amounts of one kind: one panel of the money chart, with its own scale. */
export type MoneyPanel = { kind: MoneyKind; label: string; rule: 'sum' | 'max'; rows: MoneyRow[] };

const byValueThenName =
  <T extends { place: string }>(value: (row: T) => number) =>
  (a: T, b: T) =>
    value(b) - value(a) || a.place.localeCompare(b.place, 'en');

/**
 * Announced money per place, one panel per kind of amount, in the order of the schema's kinds.
 * Amounts of different kinds are never combined. Each place's amounts are normalised to CNY and
 * combined by the kind's rule; a place whose amounts are all undisclosed still gets a row, since
 * "not disclosed" is an answer.
 */
export function moneyByPlace(programs: readonly ChartProgram[], rates: Rates, placeName: PlaceName): MoneyPanel[] {
  const panels: MoneyPanel[] = [];
  for (const kind of moneyKinds) {
    const rows = new Map<string, MoneyRow>();
    for (const program of programs) {
      const placeId = program.data.jurisdiction.id;
      for (const money of programAmounts(program.data).filter((m) => m.kind === kind)) {
        const row = rows.get(placeId) ?? {
          placeId,
          place: placeName(placeId),
          cny: undefined,
          counted: 0,
          approximate: false,
          notDisclosed: 0,
          noRate: 0,
          doubtful: [],
        };
        rows.set(placeId, row);
        if (notesOn(program.data.notes, money.field).length > 0 && !row.doubtful.includes(program.id))
          row.doubtful.push(program.id);
        if (typeof money.amount !== 'number') {
          row.notDisclosed++;
          continue;
        }
        // Rounded like the figure it comes from: the row shows it, and EUR 860 million is not CNY 6.665 billion.
        const value = normaliseForDisplay(money, rates);
        if (!value) {
          row.noRate++;
          continue;
        }
        if (row.cny === undefined || combineRule[kind] === 'sum') {
          row.cny = (row.cny ?? 0) + value.CNY;
          row.approximate ||= money.approximate;
        } else if (value.CNY > row.cny) {
          // The highest cap is shown, so only its own qualifier applies.
          row.cny = value.CNY;
          row.approximate = money.approximate;
        }
        row.counted++;
      }
    }
    if (rows.size > 0) {
      panels.push({
        kind,
        label: kindLabels[kind],
        rule: combineRule[kind],
        rows: [...rows.values()].sort(byValueThenName((r) => r.cny ?? -1)),
      });
    }
  }
  return panels;
}

/** What a row shows after its bar: "CNY 7.17 billion", "about CNY 50 million" or "not disclosed". */
export function moneyText(row: MoneyRow): string {
  const flag = row.doubtful.length > 0 ? ' (doubtful: see note)' : '';
  if (row.cny !== undefined) return `${row.approximate ? 'about ' : ''}${formatAmount(row.cny, 'CNY')}${flag}`;
  return row.notDisclosed > 0 ? 'not disclosed' : 'no exchange rate';
}

/** How a row's figure comes about: "sum of 2 amounts; 1 not disclosed". */
export function moneyBasis(row: MoneyRow, rule: MoneyPanel['rule']): string {
  const parts = [
    row.counted > 1
      ? `${rule === 'sum' ? 'sum' : 'highest'} of ${row.counted} amounts`
      : row.counted === 1
        ? 'one amount'
        : '',
  ];
  if (row.notDisclosed > 0) parts.push(`${row.notDisclosed} not disclosed`);
  if (row.noRate > 0) parts.push(`${row.noRate} without an exchange rate`);
  return parts.filter(Boolean).join('; ');
}

/** One place's programs counted by instrument. */
export type InstrumentRow = { placeId: string; place: string; counts: Record<string, number>; total: number };

/** Programs per place by instrument: the instruments present, most used first, and one row per place. */
export function instrumentsByPlace(
  programs: readonly ChartProgram[],
  placeName: PlaceName,
): { instruments: string[]; rows: InstrumentRow[] } {
  const rows = new Map<string, InstrumentRow>();
  const totals = new Map<string, number>();
  for (const { data } of programs) {
    const placeId = data.jurisdiction.id;
    const row = rows.get(placeId) ?? { placeId, place: placeName(placeId), counts: {}, total: 0 };
    row.counts[data.instrument] = (row.counts[data.instrument] ?? 0) + 1;
    row.total++;
    rows.set(placeId, row);
    totals.set(data.instrument, (totals.get(data.instrument) ?? 0) + 1);
  }
  const instruments = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b, 'en'));
  return { instruments, rows: [...rows.values()].sort(byValueThenName((r) => r.total)) };
}

/** A tick on a value axis. */
export type Tick = { value: number; label: string };

/**
 * Round ticks from zero to at least `max`: steps of 1, 2 or 5 times a power of ten, about
 * `target` of them. Counts get whole-number steps only.
 */
export function niceTicks(max: number, target = 4, integer = false): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(
    integer ? 1 : 0,
    [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!,
  );
  // toPrecision drops binary noise such as 0.30000000000000004.
  return Array.from({ length: Math.ceil(max / step - 1e-9) + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

const SCALES: [number, string][] = [
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

/**
 * Ticks for an axis of CNY amounts, in the largest unit that keeps the top tick at 1 or more,
 * and the unit's name for the axis title ("CNY billion").
 */
export function moneyTicks(max: number): { ticks: Tick[]; unit: string } {
  const [scale, word] = SCALES.find(([s]) => max >= s) ?? [1, ''];
  const format = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
  const ticks = niceTicks(max / scale).map((v) => ({ value: v * scale, label: format.format(v) }));
  return { ticks, unit: word ? `CNY ${word}` : 'CNY' };
}

/** Ticks for an axis of counts. */
export const countTicks = (max: number): Tick[] =>
  niceTicks(max, 4, true).map((value) => ({ value, label: String(value) }));

/**
 * One bar of a bar chart. Several segments stack; `key` names a segment's series (its colour),
 * and its `label` is written inside it when it fits. `text` is written after the bar.
 */
export type Bar = { label: string; segments: { key: string; value: number; label?: string }[]; text: string };

/** Sizes of a horizontal bar chart, in SVG units. */
export type BarStyle = {
  width: number;
  rowHeight: number;
  barHeight: number;
  fontSize: number;
  charWidth: number;
  gap: number;
  axisHeight: number;
};

export const defaultBarStyle: BarStyle = {
  width: 600,
  rowHeight: 26,
  barHeight: 16,
  fontSize: 12,
  charWidth: 0.6,
  gap: 8,
  axisHeight: 40,
};

/** Where everything of a horizontal bar chart goes. */
export type BarLayout = {
  width: number;
  height: number;
  /** Left and right ends of the value axis; its baseline runs at `axisY`. */
  x0: number;
  x1: number;
  axisY: number;
  rows: {
    label: string;
    y: number;
    text: string;
    textX: number;
    segments: { key: string; x: number; width: number; label?: string }[];
  }[];
  ticks: (Tick & { x: number })[];
};

/**
 * Lays out a horizontal bar chart: labels on the left (as wide as the longest needs), bars on a
 * shared linear scale from zero to the last tick, each bar's value text after it, and the value
 * axis below. Widths of text are estimated from the character count, generously.
 */
export function layoutBars(bars: readonly Bar[], ticks: readonly Tick[], style = defaultBarStyle): BarLayout {
  const textWidth = (text: string) => text.length * style.fontSize * style.charWidth;
  const labelWidth = Math.max(0, ...bars.map((b) => textWidth(b.label)));
  const valueWidth = Math.max(textWidth(ticks[ticks.length - 1]?.label ?? ''), ...bars.map((b) => textWidth(b.text)));
  const x0 = Math.round(labelWidth + style.gap);
  // Long place names and value texts must not squeeze the bars to nothing (or below): the chart is
  // widened instead, and its viewBox scales it to the page.
  const width = Math.max(style.width, Math.round(x0 + style.width * 0.4 + valueWidth + style.gap));
  const x1 = Math.round(width - valueWidth - style.gap);
  const top = ticks[ticks.length - 1]?.value ?? 1;
  const scale = (value: number) => (value / top) * (x1 - x0);
  const round = (value: number) => Math.round(value * 10) / 10;
  const rows = bars.map((bar, i) => {
    let x = x0;
    const segments = bar.segments.map(({ key, value, label }) => {
      const width = scale(value);
      const segment = {
        key,
        x: round(x),
        width: round(width),
        ...(label && textWidth(label) + 4 <= width ? { label } : {}),
      };
      x += width;
      return segment;
    });
    return { label: bar.label, y: i * style.rowHeight, text: bar.text, textX: round(x + style.gap / 2), segments };
  });
  const axisY = bars.length * style.rowHeight;
  return {
    width,
    height: axisY + style.axisHeight,
    x0,
    x1,
    axisY,
    rows,
    ticks: ticks.map((t) => ({ ...t, x: round(x0 + scale(t.value)) })),
  };
}
