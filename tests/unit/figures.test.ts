import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../src/lib/figures.ts';

const figures = (text: string) => extractFigures(text).map((f) => f.text);

test('finds amounts with their scale, in German and English', () => {
  assert.deepEqual(figures('in Höhe von einer Milliarde Yuan (120 Millionen Euro)'), ['Milliarde', '120 Millionen']);
  assert.deepEqual(figures('jährlich 10 Milliarden Yuan (ca. 1,4 Milliarden US-Dollar)'), [
    '10 Milliarden',
    '1,4 Milliarden',
  ]);
  assert.deepEqual(figures('invest US$1 billion and close to 2 billion yuan'), ['1 billion', '2 billion']);
});

test('finds percentages, years, dates and counts in words', () => {
  assert.deepEqual(figures('surged 107 per cent in 2014; 15 percent of funds'), ['107 per cent', '2014', '15 percent']);
  assert.deepEqual(figures('am Dienstag, dem 29. Juli'), ['29']);
  assert.deepEqual(figures('die Hälfte, ein Drittel, die sechs kleinen Drachen, bis zu fünf Gemeinschaften'), [
    'Hälfte',
    'Drittel',
    'sechs',
    'fünf',
  ]);
  assert.deepEqual(figures('fewer than two out of every 100 households'), ['two', '100']);
});

test('ignores number words inside other words and plain articles', () => {
  assert.deepEqual(figures('Drittanbietern, Zehntausende? one such city, ein Plan, einen Experten'), []);
});

/** Chinese paragraphs, with every figure the coverage check must find in them. */
const chinese: [string, string[]][] = [
  ['2025-2026年，每年通过市级制造业高质量发展专项安排2000万元，对我市企业……予以支持。', ['2025-2026', '2000万元']],
  ['对符合条件的项目，按投资额的百分之三十给予补助，单个项目最高不超过五千万元。', ['百分之三十', '五千万元']],
  [
    '截至2025年4月1日，全市已有72家企业发布89份报告，获得2.5亿元、800万元、１０００万元和一亿元支持，补贴比例为10%至100%。',
    ['2025', '4', '1', '72', '89', '2.5亿元', '800万元', '１０００万元', '一亿元', '10%至100%'],
  ],
  ['省财政安排两亿元，对研发投入给予３０％补助，最高1億元；“十四五”期间统一部署。', ['两亿元', '３０％', '1億元']],
  ['（2025）全市人工智能企业达 120 家，AI 2.0 产业规模超过3000亿元。', ['2025', '120', '2.0', '3000亿元']],
];

for (const [paragraph, expected] of chinese) {
  test(`finds the ${expected.length} figures of a Chinese paragraph: ${paragraph.slice(0, 20)}…`, () => {
    const found = extractFigures(paragraph);
    assert.deepEqual(
      found.map((f) => f.text),
      expected,
    );
    assert.equal(found.length, expected.length);
    for (const f of found) assert.equal(paragraph.slice(f.start, f.end), f.text);
  });
}
