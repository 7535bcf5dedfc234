import assert from 'node:assert/strict';
import { test } from 'node:test';
import { separateDefinitions } from '../../src/lib/index-copy.ts';

const text = (html: string) => html.replace(/<[^>]*>/g, '');

test('a term and its description, and the next term, read as separate words', () => {
  const html =
    '<dl class="infobox"><dt>Jurisdiction</dt><dd><a href="/cities/shanghai/">Shanghai</a></dd>' +
    '<dt>Money</dt><dd><p>CNY 1 billion</p></dd></dl>';
  assert.equal(text(separateDefinitions(html)), 'Jurisdiction: Shanghai Money: CNY 1 billion ');
});

test('nothing but definition lists changes', () => {
  const html = '<p>Plan <a href="/x/">x</a></p><table><tr><td>a</td><td>b</td></tr></table>';
  assert.equal(separateDefinitions(html), html);
});
