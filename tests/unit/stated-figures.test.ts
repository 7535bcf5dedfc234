import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFigure, parseStatedFigures, type StatedFigure } from '../../src/lib/stated-figures.ts';

type Expected = Omit<StatedFigure, 'start' | 'end'>;

const cny = (text: string, value: number, more: Partial<Expected> = {}): Expected => ({
  text,
  kind: 'money',
  value,
  currency: 'CNY',
  ...more,
});
const money = (text: string, value: number, more: Partial<Expected> = {}): Expected => ({
  text,
  kind: 'money',
  value,
  ...more,
});
const share = (text: string, value: number, more: Partial<Expected> = {}): Expected => ({
  text,
  kind: 'share',
  value,
  ...more,
});
const number = (text: string, value: number, more: Partial<Expected> = {}): Expected => ({
  text,
  kind: 'number',
  value,
  ...more,
});

/** Real phrasings, each with every figure it states. */
const cases: [string, Expected[]][] = [
  // Every asStated in content/ (grep -rn asStated content).
  ['860 Millionen Euro für Shanghai', [money('860 Millionen Euro', 860e6, { currency: 'EUR' })]],
  ['60 Millionen Euro für Zhuhai', [money('60 Millionen Euro', 60e6, { currency: 'EUR' })]],
  [
    'Seit 2018 … bereits über 1,4 Milliarden Yuan',
    [number('2018', 2018), cny('1,4 Milliarden Yuan', 1.4e9, { bound: 'at-least' })],
  ],
  ['erhebliche finanzielle Zusagen', []],
  [
    'bis zu erstaunlichen 50 Millionen Yuan (ca. 6,9 Millionen US-Dollar)',
    [
      cny('50 Millionen Yuan', 50e6, { bound: 'up-to' }),
      money('6,9 Millionen US-Dollar', 6.9e6, { currency: 'USD', bound: 'about' }),
    ],
  ],
  ['15 percent of the industrial policy funds', [share('15 percent', 0.15)]],
  [
    'jährlich 10 Milliarden Yuan (ca. 1,4 Milliarden US-Dollar)',
    [cny('10 Milliarden Yuan', 10e9), money('1,4 Milliarden US-Dollar', 1.4e9, { currency: 'USD', bound: 'about' })],
  ],
  ['close to 2 billion yuan … so far', [cny('2 billion yuan', 2e9, { bound: 'about' })]],
  [
    'einer Milliarde Yuan (120 Millionen Euro)',
    [cny('einer Milliarde Yuan', 1e9), money('120 Millionen Euro', 120e6, { currency: 'EUR' })],
  ],
  ['etwas mehr als die Hälfte des Betrags', [share('Hälfte', 0.5, { bound: 'at-least' })]],
  ['ein Drittel', [share('ein Drittel', 0.333333333333333)]],
  ['die restlichen 100 Millionen', [number('100 Millionen', 100e6)]],
  // The currency comes after the source's own conversion in brackets.
  [
    'die restlichen 100 Millionen (12 Millionen Euro) Yuan',
    [cny('100 Millionen', 100e6), money('12 Millionen Euro', 12e6, { currency: 'EUR' })],
  ],
  [
    'bis zu 3 Millionen Yuan (ca. 415.000 US-Dollar)',
    [
      cny('3 Millionen Yuan', 3e6, { bound: 'up-to' }),
      money('415.000 US-Dollar', 415000, { currency: 'USD', bound: 'about' }),
    ],
  ],
  [
    'bis zu 8 Millionen Yuan (ca. 1,1 Millionen US-Dollar)',
    [
      cny('8 Millionen Yuan', 8e6, { bound: 'up-to' }),
      money('1,1 Millionen US-Dollar', 1.1e6, { currency: 'USD', bound: 'about' }),
    ],
  ],
  // Chinese.
  ['2.5亿元', [cny('2.5亿元', 2.5e8)]],
  ['800万元', [cny('800万元', 8e6)]],
  ['1000万元', [cny('1000万元', 1e7)]],
  ['5000万元', [cny('5000万元', 5e7)]],
  ['1.28亿元', [cny('1.28亿元', 1.28e8)]],
  ['1億元', [cny('1億元', 1e8)]],
  ['2000萬元', [cny('2000萬元', 2e7)]],
  ['3000亿元', [cny('3000亿元', 3e11)]],
  ['10.2亿元', [cny('10.2亿元', 1.02e9)]],
  ['１０００万元', [cny('１０００万元', 1e7)]],
  ['３０％', [share('３０％', 0.3)]],
  ['百分之三十', [share('百分之三十', 0.3)]],
  ['给予1/3的补助', [share('1/3', 0.333333333333333)]],
  ['省级财政按三分之一给予补助', [share('三分之一', 0.333333333333333)]],
  ['2025/26', [number('2025', 2025), number('26', 26)]],
  ['百分之五十', [share('百分之五十', 0.5)]],
  ['30%', [share('30%', 0.3)]],
  ['五千万', [number('五千万', 5e7)]],
  ['一亿元', [cny('一亿元', 1e8)]],
  ['两亿', [number('两亿', 2e8)]],
  ['三千万元', [cny('三千万元', 3e7)]],
  ['十亿', [number('十亿', 1e9)]],
  ['10%至100%', [share('10%至100%', 0.1, { max: 1 })]],
  ['最高500万元', [cny('500万元', 5e6, { bound: 'up-to' })]],
  ['最高可给予500万元支持', [cny('500万元', 5e6, { bound: 'up-to' })]],
  ['不超过1000万元', [cny('1000万元', 1e7, { bound: 'up-to' })]],
  ['不低于30%', [share('30%', 0.3, { bound: 'at-least' })]],
  ['超过100亿元', [cny('100亿元', 1e10, { bound: 'at-least' })]],
  ['约2亿元', [cny('2亿元', 2e8, { bound: 'about' })]],
  ['500万元以上', [cny('500万元', 5e6, { bound: 'at-least' })]],
  ['人民币5000万元', [cny('人民币5000万元', 5e7)]],
  ['100-500万元', [cny('100-500万元', 1e6, { max: 5e6 })]],
  ['12亿美元', [money('12亿美元', 1.2e9, { currency: 'USD' })]],
  ['50亿港元', [money('50亿港元', 5e9, { currency: 'HKD' })]],
  ['2025-2026年，每年安排2000万元', [number('2025-2026', 2025, { max: 2026 }), cny('2000万元', 2e7)]],
  ['2025年4月1日', [number('2025', 2025), number('4', 4), number('1', 1)]],
  ['“十四五”规划', []],
  // German.
  ['einer Milliarde Yuan', [cny('einer Milliarde Yuan', 1e9)]],
  ['120 Millionen Euro', [money('120 Millionen Euro', 120e6, { currency: 'EUR' })]],
  ['1,5 Milliarden', [number('1,5 Milliarden', 1.5e9)]],
  ['30 Prozent', [share('30 Prozent', 0.3)]],
  ['30 bis 50 Prozent', [share('30 bis 50 Prozent', 0.3, { max: 0.5 })]],
  ['etwa 2 Milliarden Euro', [money('2 Milliarden Euro', 2e9, { currency: 'EUR', bound: 'about' })]],
  ['rund 5 Mio. Euro', [money('5 Mio. Euro', 5e6, { currency: 'EUR', bound: 'about' })]],
  ['mehr als 20 Prozent', [share('20 Prozent', 0.2, { bound: 'at-least' })]],
  ['zwei Drittel der Mittel', [share('zwei Drittel', 0.666666666666667)]],
  // English.
  ['CNY500 million', [cny('CNY500 million', 5e8)]],
  ['US$1 billion', [money('US$1 billion', 1e9, { currency: 'USD' })]],
  ['$3 billion', [money('$3 billion', 3e9)]],
  ['HK$300 million', [money('HK$300 million', 3e8, { currency: 'HKD' })]],
  ['1 billion yuan', [cny('1 billion yuan', 1e9)]],
  ['RMB 50 million', [cny('RMB 50 million', 5e7)]],
  ['50 million yuan', [cny('50 million yuan', 5e7)]],
  ['10 to 100 per cent', [share('10 to 100 per cent', 0.1, { max: 1 })]],
  ['70%', [share('70%', 0.7)]],
  ['up to US$1 billion', [money('US$1 billion', 1e9, { currency: 'USD', bound: 'up-to' })]],
  ['not exceeding 10 per cent', [share('10 per cent', 0.1, { bound: 'up-to' })]],
  ['over 70%', [share('70%', 0.7, { bound: 'at-least' })]],
  ['about 1 billion yuan', [cny('1 billion yuan', 1e9, { bound: 'about' })]],
  ['as much as CNY300 million a year', [cny('CNY300 million', 3e8, { bound: 'up-to' })]],
  ['1,000 million euros', [money('1,000 million euros', 1e9, { currency: 'EUR' })]],
  ['two thirds of the money', [share('two thirds', 0.666666666666667)]],
  // No figures: names, ordinals and words that merely contain number words.
  ['5G and 3D, the third phase', []],
  ['Drittanbieter, Zehntausende, one such city, ein Plan', []],
];

for (const [text, expected] of cases) {
  test(`reads ${JSON.stringify(text)}`, () => {
    const found = parseStatedFigures(text);
    assert.deepEqual(
      found.map(({ start: _s, end: _e, ...rest }) => rest),
      expected,
    );
    for (const f of found) assert.equal(text.slice(f.start, f.end), f.text);
  });
}

test('accepts a figure its words state, at either end of a range, in an unstated currency', () => {
  const stated = 'einer Milliarde Yuan (120 Millionen Euro)';
  assert.deepEqual(checkFigure({ value: 1e9, kind: 'money', currency: 'CNY' }, stated), { ok: true });
  assert.deepEqual(checkFigure({ value: 1, kind: 'share' }, '10%至100%'), { ok: true });
  assert.deepEqual(checkFigure({ value: 3e9, kind: 'money', currency: 'USD' }, '$3 billion'), { ok: true });
  assert.deepEqual(checkFigure({ value: 1.02e9, kind: 'money', currency: 'CNY' }, '10.2亿元'), { ok: true });
});

test('rejects a ten-times amount and names the value the words give', () => {
  const result = checkFigure({ value: 3e9, kind: 'money', currency: 'CNY' }, 'as much as CNY300 million a year');
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.reason, '"CNY300 million" gives 300000000 CNY, not 3000000000 CNY');
});

test('rejects 万 read as 亿', () => {
  const result = checkFigure({ value: 8e10, kind: 'money', currency: 'CNY' }, '最高800万元');
  assert.equal(!result.ok && result.reason, '"800万元" gives 8000000 CNY, not 80000000000 CNY');
});

test('rejects a wrong German amount and a wrong currency', () => {
  const amount = checkFigure({ value: 6e6, kind: 'money', currency: 'EUR' }, '60 Millionen Euro für Zhuhai');
  assert.equal(!amount.ok && amount.reason, '"60 Millionen Euro" gives 60000000 EUR, not 6000000 EUR');
  const currency = checkFigure({ value: 120e6, kind: 'money', currency: 'CNY' }, '120 Millionen Euro');
  assert.equal(currency.ok, false);
});

test('rejects a wrong rate, and words that state no figure', () => {
  const rate = checkFigure({ value: 0.5, kind: 'share' }, '百分之三十');
  assert.equal(!rate.ok && rate.reason, '"百分之三十" gives 0.3 (30%), not 0.5 (50%)');
  const none = checkFigure({ value: 1e9, kind: 'money', currency: 'CNY' }, 'erhebliche finanzielle Zusagen');
  assert.equal(!none.ok && none.reason, '"erhebliche finanzielle Zusagen" states no figure, not 1000000000 CNY');
});
