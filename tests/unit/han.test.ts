import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hanPhrase, joinHan, segmentHan, segmentHanInHtml } from '../../src/lib/han.ts';

test('segmentHan makes each Han character a word of its own', () => {
  assert.equal(segmentHan('算力券'), '算 力 券');
  assert.equal(segmentHan('中小企业'), '中 小 企 业');
  assert.equal(segmentHan('发放算力券，给予补贴。'), '发 放 算 力 券 ， 给 予 补 贴 。');
});

test('segmentHan parts Han from Latin letters and digits, and keeps existing spaces single', () => {
  assert.equal(segmentHan('人工智能AI'), '人 工 智 能 AI');
  assert.equal(segmentHan('补贴100万元'), '补 贴 100 万 元');
  assert.equal(segmentHan('Hangzhou 杭州 city'), 'Hangzhou 杭 州 city');
});

test('segmentHan leaves English and German text unchanged', () => {
  for (const text of [
    'Shanghai subsidy plan for AI adoption',
    'Subventionsplan in Höhe von einer Milliarde Yuan',
    'KI-Lösungen „sechs kleinen Drachen“',
  ]) {
    assert.equal(segmentHan(text), text);
  }
});

test('segmentHanInHtml changes page text only, not tags, attributes, scripts or comments', () => {
  const html =
    '<h1 title="杭州" data-pagefind-meta="place:杭州">Hangzhou <span lang="zh-Hans">杭州</span></h1>' +
    '<script>const a = "杭州";</script><!-- 杭州 --><p class=\'a>b\'>补贴</p>';
  assert.equal(
    segmentHanInHtml(html),
    '<h1 title="杭州" data-pagefind-meta="place:杭州">Hangzhou <span lang="zh-Hans">杭 州</span></h1>' +
      '<script>const a = "杭州";</script><!-- 杭州 --><p class=\'a>b\'>补 贴</p>',
  );
});

test('joinHan undoes segmentHan between Han characters and Chinese punctuation, across <mark> tags', () => {
  assert.equal(joinHan(segmentHan('发放算力券，给予补贴。')), '发放算力券，给予补贴。');
  assert.equal(joinHan(segmentHan('“杭州”')), '“杭州”');
  assert.equal(
    joinHan('发 放 <mark>算</mark> <mark>力</mark> <mark>券</mark> ，'),
    '发放<mark>算</mark><mark>力</mark><mark>券</mark>，',
  );
  assert.equal(joinHan('Hangzhou 杭 州'), 'Hangzhou 杭州');
});

test('joinHan keeps spaces next to Latin letters and digits, and leaves other text alone', () => {
  assert.equal(joinHan(segmentHan('补贴100万元')), '补贴 100 万元');
  assert.equal(joinHan('Subventionsplan in Höhe'), 'Subventionsplan in Höhe');
});

test('hanPhrase asks for a run of Han characters as an exact phrase, and for nothing else', () => {
  assert.equal(hanPhrase(' 算力券 '), '"算 力 券"');
  assert.equal(hanPhrase('补贴'), '"补 贴"');
  assert.equal(hanPhrase('补'), undefined);
  assert.equal(hanPhrase('算力券 补贴'), undefined);
  assert.equal(hanPhrase('Hangzhou 杭州'), undefined);
  assert.equal(hanPhrase('"算力券"'), undefined);
  assert.equal(hanPhrase('subsidy'), undefined);
});
