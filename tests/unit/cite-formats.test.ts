import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { citationFormats } from '../../src/lib/cite/formats.ts';

test('a Chinese title survives BibTeX and RIS and parses back whole', () => {
  const title = '关于印发《天津市算力券实施方案》的通知';
  const formats = citationFormats({ id: 'x', type: 'article-newspaper', title, publisher: '天津市财政局', issued: { 'date-parts': [[2025, 5, 27]] } });
  assert.ok(formats.bibtex.includes(title), formats.bibtex);
  for (const text of [formats.bibtex, formats.ris]) assert.equal(new Cite(text).data[0]?.title, title);
});
