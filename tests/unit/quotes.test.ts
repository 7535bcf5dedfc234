import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoted } from '../../src/lib/quotes.ts';

test('plain words get typographic marks', () => {
  assert.equal(quoted('Innovative Zhejiang'), '“Innovative Zhejiang”');
  assert.equal(quoted('每年发放最高5亿元'), '“每年发放最高5亿元”');
});

test('words that begin with a quotation mark get none added', () => {
  const said = '"The plan aims to cut costs," Pan Helin said.';
  assert.equal(quoted(said), said);
  assert.equal(quoted('"AI+" initiative'), '"AI+" initiative');
  assert.equal(quoted('„sechs kleine Drachen“'), '„sechs kleine Drachen“');
  assert.equal(quoted('«Made in China»'), '«Made in China»');
  assert.equal(quoted('「人工智能+」行动'), '「人工智能+」行动');
});

test('words that end with a quotation mark get none added', () => {
  assert.equal(quoted('每年发放最高5000万元“语料券”'), '每年发放最高5000万元“语料券”');
  assert.equal(quoted('the so-called "AI+"'), 'the so-called "AI+"');
});

test('surrounding spaces do not hide a mark', () => {
  assert.equal(quoted(' "Digital Zhejiang" '), ' "Digital Zhejiang" ');
});

test('single marks and apostrophes inside our double marks are kept as nested quotes', () => {
  assert.equal(quoted('Zuschüsse für ‘Innovationszentren’'), '“Zuschüsse für ‘Innovationszentren’”');
  assert.equal(quoted('the investors’'), '“the investors’”');
  assert.equal(quoted("'AI+' plans"), "“'AI+' plans”");
});
