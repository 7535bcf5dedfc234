import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestPassage, findQuote } from '../../src/lib/find-quote.ts';
import { splitBlocks } from '../../src/lib/source-text.ts';

const blocks = splitBlocks('## Heading\n\nFirst paragraph with „quotes“ and\na broken line.\n\nSecond paragraph about Hangzhou and Shanghai.');

test('splits the body into numbered blocks with anchors, headings marked', () => {
  assert.deepEqual(
    blocks.map((b) => [b.n, b.anchor, b.kind]),
    [[1, 'p1', 'heading'], [2, 'p2', 'paragraph'], [3, 'p3', 'paragraph']],
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

test('the closest passage to a wrong quote is the one it was meant to be', () => {
  assert.equal(closestPassage(blocks, 'about Hangzhou and Beijing')?.text, 'about Hangzhou and Shanghai.');
});
