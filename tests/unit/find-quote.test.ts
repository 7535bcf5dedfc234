import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestPassage, findQuote } from '../../src/lib/find-quote.ts';
import { splitBlocks } from '../../src/lib/source-text.ts';

const blocks = splitBlocks(
  '## Heading\n\nFirst paragraph with „quotes“ and\na broken line.\n\nSecond paragraph about Hangzhou and Shanghai.',
);

test('splits the body into numbered blocks with anchors, headings marked', () => {
  assert.deepEqual(
    blocks.map((b) => [b.n, b.anchor, b.kind]),
    [
      [1, 'p1', 'heading'],
      [2, 'p2', 'paragraph'],
      [3, 'p3', 'paragraph'],
    ],
  );
  assert.equal(blocks[1]?.text, 'First paragraph with „quotes“ and a broken line.');
});

test('finds a quote across a line break and with plain quote marks, and gives its range', () => {
  const match = findQuote(blocks, 'with "quotes" and a broken');
  assert.equal(match?.block.n, 2);
  assert.equal(blocks[1]?.text.slice(match?.start, match?.end), 'with „quotes“ and a broken');
});

test('does not find a quote that differs in anything but whitespace and quote marks', () => {
  assert.equal(findQuote(blocks, 'Second paragraph about Hangzhou and Beijing'), undefined);
  assert.equal(findQuote(blocks, 'second paragraph'), undefined);
});

test('a quote spanning two paragraphs is not found', () => {
  assert.equal(findQuote(blocks, 'broken line. Second paragraph'), undefined);
});

test('the closest passage to a wrong quote is the one it was meant to be, and says where it differs', () => {
  const near = closestPassage(blocks, 'about Hangzhou and Beijing');
  assert.equal(near?.text, 'about Hangzhou and Shanghai.');
  assert.equal(near?.differsAt, 'about Hangzhou and '.length);
});

const chinese = splitBlocks(
  [
    '## 关于支持人工智能产业发展的若干措施',
    '为加快推进人工智能产业高质量发展，结合本市实际，制定本措施。',
    '对新建的智能算力中心，按照项目实际投资额的百分之三十给予补助，单个项目最高不超过五千万元。',
    '对获得国家级奖项的企业，给予一次性奖励二百万元，所需资金由市级财政统筹安排。',
  ].join('\n\n'),
);

test('in Chinese, with no spaces between words, the closest passage is found by characters', () => {
  const quote = '按照项目实际投资额的百分之二十给予补助，单个项目最高不超过五千万元。';
  const near = closestPassage(chinese, quote);
  assert.equal(near?.block.n, 3);
  assert.equal(near?.text, '按照项目实际投资额的百分之三十给予补助，单个项目最高不超过五千万元。');
  assert.equal(near?.differsAt, quote.indexOf('二'));
  assert.equal(near?.text[near.differsAt], '三');
});

test('a change near the end of a long German paragraph is found where it is', () => {
  const paragraph =
    'Die Stadtregierung von Shanghai hat am Dienstag einen Plan vorgestellt, mit dem sie Unternehmen der ' +
    'künstlichen Intelligenz fördern will: Subventionen für Rechenleistung, Rabatte auf Modelle von ' +
    'Drittanbietern und Hilfe beim Zugang zu Datenbanken, insgesamt in Höhe von einer Milliarde Yuan.';
  const quote = paragraph.replace('einer Milliarde', 'zwei Milliarden');
  const near = closestPassage(splitBlocks(`Einleitung.\n\n${paragraph}`), quote);
  assert.equal(near?.block.n, 2);
  assert.equal(near?.text, paragraph);
  assert.equal(near?.differsAt, paragraph.indexOf('einer Milliarde'));
});
