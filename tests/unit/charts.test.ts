import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  countTicks,
  defaultBarStyle,
  instrumentsByPlace,
  layoutBars,
  moneyBasis,
  moneyByPlace,
  moneyText,
  moneyTicks,
  niceTicks,
  type ChartProgram,
} from '../../src/lib/charts.ts';
import type { Money } from '../../src/schemas/money.ts';
import type { Rates } from '../../src/schemas/money.ts';

const rates: Rates = {
  description: 'test rates',
  rates: {
    EUR: { cnyPerUnit: 8, date: '2025-07', source: 'test' },
    USD: { cnyPerUnit: 7, date: '2025-03', source: 'test' },
  },
};
const names: Record<string, string> = {
  guangdong: 'Guangdong',
  shanghai: 'Shanghai',
  shenzhen: 'Shenzhen',
  hangzhou: 'Hangzhou',
};
const placeName = (id: string) => names[id] ?? id;

type Amount = Pick<Money, 'amount' | 'currency' | 'kind' | 'approximate'>;
const money = (
  amount: Amount['amount'],
  kind: Amount['kind'],
  currency: Amount['currency'] = 'CNY',
  approximate = false,
): Amount => ({ amount, currency, kind, approximate });
const program = (id: string, place: string, instrument: string, amounts: Amount[] = []): ChartProgram => ({
  id,
  data: { jurisdiction: { id: place }, instrument, money: amounts as never, notes: [] },
});

const programs = [
  program('sh-plan', 'shanghai', 'subsidy', [money(1e9, 'total')]),
  program('sz-plan', 'shenzhen', 'subsidy', [money(860e6, 'total', 'EUR')]),
  program('gd-plan', 'guangdong', 'initiative', [money('not disclosed', 'total')]),
  program('gd-small', 'guangdong', 'grant', [money(3e6, 'per-recipient-cap', 'CNY', true)]),
  program('gd-big', 'guangdong', 'grant', [money(50e6, 'per-recipient-cap')]),
  program('gd-mid', 'guangdong', 'grant', [money(8e6, 'per-recipient-cap', 'CNY', true)]),
  program('hz-fund', 'hangzhou', 'fund', [
    money(2e9, 'total'),
    money(1e9, 'per-year'),
    money(5e8, 'total'),
    money(100e6, 'total', 'HKD'),
  ]),
  program('hz-fair', 'hangzhou', 'event'),
];

test('money is grouped by kind and never added across kinds', () => {
  const panels = moneyByPlace(programs, rates, placeName);
  assert.deepEqual(
    panels.map((p) => p.kind),
    ['total', 'per-recipient-cap', 'per-year'],
  );
  const total = panels[0]!;
  assert.deepEqual(
    total.rows.map((r) => [r.place, r.cny]),
    [
      // EUR 860 million at 8 yuan, to the 2 figures of the stated amount.
      ['Shenzhen', 6_900_000_000],
      ['Hangzhou', 2_500_000_000],
      ['Shanghai', 1_000_000_000],
      ['Guangdong', undefined],
    ],
  );
  // Hangzhou's yearly billion stays out of its totals, and lives in its own panel.
  assert.deepEqual(
    panels[2]!.rows.map((r) => [r.place, r.cny]),
    [['Hangzhou', 1_000_000_000]],
  );
});

test('caps per recipient are not summed: a place shows its highest cap', () => {
  const caps = moneyByPlace(programs, rates, placeName).find((p) => p.kind === 'per-recipient-cap')!;
  assert.equal(caps.rule, 'max');
  const [guangdong] = caps.rows;
  assert.equal(guangdong!.cny, 50_000_000);
  assert.equal(guangdong!.counted, 3);
  assert.equal(guangdong!.approximate, false, 'the highest cap is stated exactly, whatever the smaller ones say');
  assert.equal(moneyText(guangdong!), 'CNY 50 million');
  assert.equal(moneyBasis(guangdong!, caps.rule), 'highest of 3 amounts');
});

test('"not disclosed" and amounts without a rate are reported, not dropped silently', () => {
  const [total] = moneyByPlace(programs, rates, placeName);
  const guangdong = total!.rows.find((r) => r.placeId === 'guangdong')!;
  assert.equal(moneyText(guangdong), 'not disclosed');
  assert.equal(moneyBasis(guangdong, 'sum'), '1 not disclosed');
  const hangzhou = total!.rows.find((r) => r.placeId === 'hangzhou')!;
  assert.equal(hangzhou.noRate, 1, 'HKD has no rate in the test table');
  assert.equal(moneyBasis(hangzhou, 'sum'), 'sum of 2 amounts; 1 without an exchange rate');
  assert.equal(moneyText({ ...hangzhou, cny: undefined, notDisclosed: 0 }), 'no exchange rate');
});

test('approximate amounts are marked in the text', () => {
  const [panel] = moneyByPlace(
    [program('p', 'shanghai', 'grant', [money(3e6, 'total', 'CNY', true)])],
    rates,
    placeName,
  );
  assert.equal(moneyText(panel!.rows[0]!), 'about CNY 3 million');
  assert.equal(moneyBasis(panel!.rows[0]!, 'sum'), 'one amount');
});

test('programs are counted by instrument per place, the most used instrument first', () => {
  const { instruments, rows } = instrumentsByPlace(programs, placeName);
  assert.deepEqual(instruments, ['grant', 'subsidy', 'event', 'fund', 'initiative']);
  assert.deepEqual(
    rows.map((r) => [r.place, r.total, r.counts]),
    [
      ['Guangdong', 4, { initiative: 1, grant: 3 }],
      ['Hangzhou', 2, { fund: 1, event: 1 }],
      ['Shanghai', 1, { subsidy: 1 }],
      ['Shenzhen', 1, { subsidy: 1 }],
    ],
  );
});

test('ticks are round numbers from zero past the maximum', () => {
  assert.deepEqual(niceTicks(6.88), [0, 2, 4, 6, 8]);
  assert.deepEqual(niceTicks(1), [0, 0.5, 1]);
  assert.deepEqual(niceTicks(0.3), [0, 0.1, 0.2, 0.3]);
  assert.deepEqual(niceTicks(0), [0, 1]);
  assert.deepEqual(
    countTicks(1).map((t) => t.value),
    [0, 1],
    'counts never get fractional ticks',
  );
  assert.deepEqual(
    countTicks(7).map((t) => t.label),
    ['0', '2', '4', '6', '8'],
  );
});

test('money ticks are labelled in the unit named by the axis title', () => {
  assert.deepEqual(moneyTicks(6.88e9), {
    unit: 'CNY billion',
    ticks: [0, 2, 4, 6, 8].map((v) => ({ value: v * 1e9, label: String(v) })),
  });
  assert.equal(moneyTicks(50e6).unit, 'CNY million');
  assert.deepEqual(
    moneyTicks(50e6).ticks.map((t) => t.label),
    ['0', '20', '40', '60'],
  );
});

test('bars share one scale, stack their segments and stay inside the chart', () => {
  const bars = [
    {
      label: 'Guangdong',
      segments: [
        { key: 'grant', value: 3, label: '3' },
        { key: 'initiative', value: 1, label: '1' },
      ],
      text: '4 programs',
    },
    { label: 'Shanghai', segments: [{ key: 'subsidy', value: 1, label: '1' }], text: '1 program' },
    { label: 'Hong Kong', segments: [], text: 'not disclosed' },
  ];
  const ticks = countTicks(4);
  const layout = layoutBars(bars, ticks);
  const [guangdong, shanghai, hongKong] = layout.rows;
  assert.equal(guangdong!.segments[0]!.x, layout.x0);
  // Positions are rounded to a tenth of a unit.
  const near = (a: number, b: number, message: string) => assert.ok(Math.abs(a - b) <= 0.3, `${message}: ${a} vs ${b}`);
  near(
    guangdong!.segments[1]!.x,
    guangdong!.segments[0]!.x + guangdong!.segments[0]!.width,
    'segments stack without gaps',
  );
  near(guangdong!.segments[0]!.width, 3 * shanghai!.segments[0]!.width, 'one scale for every bar');
  assert.equal(layout.ticks.at(-1)!.x, layout.x1, 'the last tick ends the axis');
  assert.ok(
    layout.x0 >= 'Guangdong'.length * defaultBarStyle.fontSize * defaultBarStyle.charWidth,
    'labels have room on the left',
  );
  assert.ok(
    guangdong!.textX + '4 programs'.length * defaultBarStyle.fontSize * defaultBarStyle.charWidth <= layout.width,
    'the value text fits on the right',
  );
  assert.equal(hongKong!.textX, layout.x0 + defaultBarStyle.gap / 2, 'a row without a bar writes its text at the axis');
  assert.equal(layout.height, 3 * defaultBarStyle.rowHeight + defaultBarStyle.axisHeight);
});

test('a segment keeps its inside label only when the label fits', () => {
  const ticks = countTicks(100);
  const layout = layoutBars(
    [
      {
        label: 'A',
        segments: [
          { key: 'grant', value: 1, label: '1' },
          { key: 'fund', value: 99, label: '99' },
        ],
        text: '100',
      },
    ],
    ticks,
  );
  const [small, big] = layout.rows[0]!.segments;
  assert.equal(small!.label, undefined);
  assert.equal(big!.label, '99');
});

test('a doubtful figure is flagged wherever the chart draws or lists it', () => {
  const flagged: ChartProgram = {
    id: 'sz-plan',
    data: {
      jurisdiction: { id: 'shenzhen' },
      instrument: 'subsidy',
      money: [money(860e6, 'total', 'EUR')] as never,
      notes: [
        { kind: 'garbled', field: 'money[0]', text: 'The sentence gives the amount "für Shanghai".', cite: ['c1'] },
      ],
    },
  };
  const [panel] = moneyByPlace(
    [flagged, program('sh-plan', 'shanghai', 'subsidy', [money(1e9, 'total')])],
    rates,
    placeName,
  );
  const shenzhen = panel?.rows.find((r) => r.placeId === 'shenzhen');
  assert.deepEqual(shenzhen?.doubtful, ['sz-plan']);
  assert.equal(moneyText(shenzhen!), 'CNY 6.9 billion (doubtful: see note)');
  assert.equal(moneyText(panel!.rows.find((r) => r.placeId === 'shanghai')!), 'CNY 1 billion');
});

test('long names and value texts widen the chart rather than give bars a negative width', () => {
  const bars = [
    {
      label: 'Beijing Economic-Technological Development Area',
      segments: [{ key: 'a', value: 5 }],
      text: 'about CNY 6.9 billion (doubtful: see note)',
    },
    { label: 'Xinxing City (13th Division)', segments: [{ key: 'a', value: 1 }], text: 'CNY 1 billion' },
  ];
  const layout = layoutBars(bars, moneyTicks(5).ticks);
  assert.ok(layout.x1 - layout.x0 >= defaultBarStyle.width * 0.4, 'the bars keep room to be drawn');
  for (const row of layout.rows) for (const segment of row.segments) assert.ok(segment.width > 0);
  assert.ok(layout.width > defaultBarStyle.width);
});
