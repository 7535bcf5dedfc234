import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brokenLinks } from '../helpers/links.ts';
import { builtPages } from '../helpers/paths.ts';

test('every internal link, asset and fragment of every page resolves', () => {
  const pages = builtPages();
  const { checked, broken } = brokenLinks(pages);
  console.log(`link checker: ${pages.length} pages, ${checked} internal links checked, ${broken.length} broken`);
  assert.deepEqual(broken, []);
});
