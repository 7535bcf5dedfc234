import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Root } from 'mdast';
import { citationAnchor, remarkCite } from '../../src/lib/remark-cite.ts';

/** A paragraph of one text node, run through the plugin with an entry's citation keys. */
function cite(text: string, keys: string[]) {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
  const frontmatter = { citations: Object.fromEntries(keys.map((k) => [k, {}])) };
  remarkCite()(tree, { data: { astro: { frontmatter } } });
  const paragraph = tree.children[0];
  assert.ok(paragraph && paragraph.type === 'paragraph');
  return paragraph.children;
}

test('markers become links numbered in the order of the entry citations, text kept around them', () => {
  const nodes = cite('A plan [@c2] worth one billion [@c1].', ['c1', 'c2']);
  assert.deepEqual(
    nodes.map((n) =>
      n.type === 'link'
        ? `${n.url} ${n.children.map((c) => (c.type === 'text' ? c.value : '')).join('')}`
        : n.type === 'text'
          ? n.value
          : n.type,
    ),
    ['A plan ', `#${citationAnchor('c2')} [2]`, ' worth one billion ', `#${citationAnchor('c1')} [1]`, '.'],
  );
});

test('the numbers stay out of search excerpts', () => {
  const [, link] = cite('A plan [@c1].', ['c1']);
  assert.ok(link?.type === 'link');
  assert.deepEqual(link.data, { hProperties: { className: ['cite-ref'], dataPagefindIgnore: '' } });
});

test('a marker naming no citation shows its key rather than a wrong number; text without markers is untouched', () => {
  const [, link] = cite('See [@c9].', ['c1']);
  assert.ok(link?.type === 'link');
  assert.deepEqual(link.children, [{ type: 'text', value: '[c9]' }]);
  assert.deepEqual(cite('No markers [here].', ['c1']), [{ type: 'text', value: 'No markers [here].' }]);
});
