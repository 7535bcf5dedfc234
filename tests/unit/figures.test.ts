import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../src/lib/figures.ts';

const figures = (text: string) => extractFigures(text).map((f) => f.text);

test('finds amounts with their scale, in German and English', () => {
  assert.deepEqual(figures('in Höhe von einer Milliarde Yuan (120 Millionen Euro)'), ['Milliarde', '120 Millionen']);
  assert.deepEqual(figures('jährlich 10 Milliarden Yuan (ca. 1,4 Milliarden US-Dollar)'), ['10 Milliarden', '1,4 Milliarden']);
  assert.deepEqual(figures('invest US$1 billion and close to 2 billion yuan'), ['1 billion', '2 billion']);
});

test('finds percentages, years, dates and counts in words', () => {
  assert.deepEqual(figures('surged 107 per cent in 2014; 15 percent of funds'), ['107 per cent', '2014', '15 percent']);
  assert.deepEqual(figures('am Dienstag, dem 29. Juli'), ['29']);
  assert.deepEqual(figures('die Hälfte, ein Drittel, die sechs kleinen Drachen, bis zu fünf Gemeinschaften'), ['Hälfte', 'Drittel', 'sechs', 'fünf']);
  assert.deepEqual(figures('fewer than two out of every 100 households'), ['two', '100']);
});

test('ignores number words inside other words and plain articles', () => {
  assert.deepEqual(figures('Drittanbietern, Zehntausende? one such city, ein Plan, einen Experten'), []);
});
