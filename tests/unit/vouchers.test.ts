import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  cellText,
  rateLines,
  sortRows,
  usedKinds,
  voucherRows,
  voucherTable,
  voucherViews,
  yearlyPool,
  type VoucherSource,
} from '../../src/lib/vouchers.ts';
import type { Rates } from '../../src/schemas/money.ts';
import { programSchema } from '../../src/schemas/program.ts';

const rates: Rates = {
  description: 'test rates',
  rates: {
    EUR: { cnyPerUnit: 8, date: '2025-07', source: 'test' },
    USD: { cnyPerUnit: 7, date: '2025-03', source: 'test' },
  },
};
const citations = {
  c1: { source: 'src', quote: 'Shenzhen issues vouchers' },
  c2: { source: 'src', quote: 'the pool' },
};

/** A program as the schema parses it, with two citations and the fields given. */
const program = (id: string, place: string, fields: Record<string, unknown>) => ({
  id,
  data: programSchema.parse({
    name: { en: id },
    jurisdiction: place,
    announced: 'not stated',
    status: 'not stated',
    instrument: 'voucher',
    focus: ['compute'],
    focusCite: ['c2'],
    citations,
    ...fields,
  }),
});
const pool = (amount: number, period: string, extra: Record<string, unknown> = {}) => ({
  amount,
  currency: 'CNY',
  period,
  cite: ['c2'],
  ...extra,
});
const rate = (share: number, condition?: string) => ({
  share,
  base: 'contract amount',
  asStated: `${share * 100}%`,
  cite: ['c2'],
  ...(condition ? { condition } : {}),
});

const programs = [
  program('sz-training', 'shenzhen', {
    voucherKinds: ['training'],
    pool: [pool(500e6, 'year')],
    rates: [rate(0.5, 'firms'), rate(0.6, 'start-ups')],
  }),
  program('sh-compute', 'shanghai', {
    voucherKinds: ['compute'],
    pool: [pool(600e6, 'not stated')],
    announced: { date: '2025-07-28', precision: 'day', cite: ['c1'] },
  }),
  program('hz-plan', 'hangzhou', {
    voucherKinds: ['compute', 'model'],
    pool: [pool(900e6, 'total', { years: '2025–2027' })],
    rates: [rate(0.3)],
    notes: [{ kind: 'inconsistent', field: 'pool[0]', text: 'Two sources differ.', cite: ['c1'] }],
    document: {
      title: '杭州市算力券实施方案',
      titleEn: 'Hangzhou compute voucher scheme',
      number: '杭政办〔2024〕1号',
      issued: { date: '2024-05', precision: 'month', cite: ['c1'] },
      inForce: 'not stated',
      expires: 'not stated',
      status: { value: 'in-force', verified: '2025-01-01', cite: ['c1'] },
      cite: ['c1'],
    },
  }),
  program('cd-empty', 'chengdu', {}),
  program('not-a-voucher', 'shenzhen', { instrument: 'grant' }),
];
const names: Record<string, string> = {
  shenzhen: 'Shenzhen',
  shanghai: 'Shanghai',
  hangzhou: 'Hangzhou',
  chengdu: 'Chengdu',
};
const source = {
  programs,
  rates,
  city: (id: string) => ({ id, data: { name: { en: names[id] ?? id }, aliases: [] } }),
} as unknown as VoucherSource;

test('pools are normalised to CNY a year only where the period allows', () => {
  assert.deepEqual(yearlyPool({ amount: 500e6, currency: 'CNY', period: 'year' }, rates), { cny: 500e6, years: 1 });
  assert.deepEqual(yearlyPool({ amount: 10e6, currency: 'EUR', period: 'year' }, rates), { cny: 80e6, years: 1 });
  assert.deepEqual(yearlyPool({ amount: 900e6, currency: 'CNY', period: 'total', years: '2025–2027' }, rates), {
    cny: 300e6,
    years: 3,
  });
  assert.equal(
    yearlyPool({ amount: 900e6, currency: 'CNY', period: 'total' }, rates),
    undefined,
    'a total over no named years',
  );
  assert.equal(yearlyPool({ amount: 600e6, currency: 'CNY', period: 'not stated' }, rates), undefined);
  assert.equal(
    yearlyPool({ amount: 600e6, currency: 'CNY', period: 'round', years: '2025' }, rates),
    undefined,
    'rounds may be of any length',
  );
  assert.equal(yearlyPool({ amount: 'not stated', period: 'year' }, rates), undefined);
});

test('only voucher programs are rows, and a kind keeps only its programs', () => {
  assert.deepEqual(
    voucherRows(source)
      .map((r) => r.id)
      .sort(),
    ['cd-empty', 'hz-plan', 'sh-compute', 'sz-training'],
  );
  assert.deepEqual(
    voucherRows(source, 'model').map((r) => r.id),
    ['hz-plan'],
  );
  assert.deepEqual(usedKinds(source), ['compute', 'model', 'training']);
});

test('the three orders: yearly pool then stated pools, highest rate, newest date; nothing stated last', () => {
  const rows = voucherRows(source);
  const order = (by: 'pool' | 'rate' | 'date') => sortRows(rows, by).map((r) => r.id);
  assert.deepEqual(order('pool'), ['sz-training', 'hz-plan', 'sh-compute', 'cd-empty']);
  assert.deepEqual(order('rate'), ['sz-training', 'hz-plan', 'cd-empty', 'sh-compute']);
  assert.deepEqual(order('date'), ['sh-compute', 'hz-plan', 'cd-empty', 'sz-training']);
});

test('every view has an address, the default order without a suffix', () => {
  const params = voucherViews(source).map((v) => v.param);
  assert.deepEqual(params.slice(0, 3), [undefined, 'by-rate', 'by-date']);
  assert.ok(params.includes('model/by-date'));
  assert.equal(params.length, 12);
});

test('rate tiers are listed highest first, each with its condition', () => {
  const data = programs[0]?.data;
  assert.ok(data);
  assert.deepEqual(rateLines(data.rates), [
    { text: '60% of the contract amount for start-ups (stated as “60%”)', index: 1 },
    { text: '50% of the contract amount for firms (stated as “50%”)', index: 0 },
  ]);
  assert.equal(rateLines([]).length, 0);
});

test('cells carry citation links into the program page and note flags; empty cells say "not stated"', () => {
  const hz = voucherRows(source).find((r) => r.id === 'hz-plan');
  assert.ok(hz);
  const [poolLine] = hz.cells.pool.lines;
  assert.match(
    poolLine?.text ?? '',
    /CNY 900 million in total, 2025–2027; about CNY 300 million a year on average over 3 years/,
  );
  assert.deepEqual(poolLine?.cites, [{ text: '[2]', href: '/programs/hz-plan/#cite-c2' }]);
  assert.deepEqual(poolLine?.flags, [{ text: 'inconsistent: see note', href: '/programs/hz-plan/#note-1' }]);
  assert.equal(hz.cells.place.lines[0]?.href, '/cities/hangzhou/');
  assert.deepEqual(hz.cells.document.lines[0], {
    text: '杭州市算力券实施方案, 杭政办〔2024〕1号',
    lang: 'zh',
    gloss: 'Hangzhou compute voucher scheme',
    cites: [{ text: '[1]', href: '/programs/hz-plan/#cite-c1' }],
    flags: [],
  });
  assert.equal(cellText(hz.cells.date), 'issued May 2024');
  assert.equal(cellText(hz.cells.status), 'document in force');
  assert.equal(cellText(hz.cells.cap), 'not stated');
  assert.match(cellText(hz.cells.pool), /\(inconsistent: see note\)$/);
  const empty = voucherRows(source).find((r) => r.id === 'cd-empty');
  for (const key of ['kinds', 'pool', 'rate', 'cap', 'eligibility', 'document', 'date', 'status'] as const) {
    assert.equal(cellText(empty?.cells[key] ?? { lines: [], flags: [] }), 'not stated', key);
  }
});

test('the place cites the first quote that names it, else the quotes behind the instrument', () => {
  const rows = voucherRows(source);
  assert.deepEqual(
    rows.find((r) => r.id === 'sz-training')?.cells.place.lines[0]?.cites.map((c) => c.text),
    ['[1]'],
  );
  assert.deepEqual(
    rows.find((r) => r.id === 'sh-compute')?.cells.place.lines[0]?.cites.map((c) => c.text),
    ['[2]'],
  );
});

test('the CSV table has the page columns and one row per program in the default order', () => {
  const table = voucherTable(source);
  assert.equal(table.name, 'vouchers');
  assert.deepEqual(table.columns, [
    'Program',
    'Place',
    'Voucher kind',
    'Pool per year',
    'Rate and its tiers',
    'Cap per recipient',
    'Eligibility',
    'Document',
    'Date',
    'Status',
  ]);
  assert.deepEqual(
    table.rows.map((r) => r[0]),
    ['sz-training', 'hz-plan', 'sh-compute', 'cd-empty'],
  );
  assert.equal(voucherTable(source, 'model').name, 'vouchers-model');
});
