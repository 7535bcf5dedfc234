import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { citationFormats } from '../../src/lib/cite/formats.ts';

test('a Chinese title survives BibTeX and RIS and parses back whole', () => {
  const title = '关于印发《天津市算力券实施方案》的通知';
  const formats = citationFormats({
    id: 'x',
    type: 'article-newspaper',
    title,
    publisher: '天津市财政局',
    issued: { 'date-parts': [[2025, 5, 27]] },
  });
  assert.ok(formats.bibtex.includes(title), formats.bibtex);
  for (const text of [formats.bibtex, formats.ris]) assert.equal(new Cite(text).data[0]?.title, title);
});

test("LaTeX's special characters in a title are escaped in BibTeX and read back as written", () => {
  const title = 'Hong Kong Launches $3 Billion AI Subsidy Scheme: 70% & more, #1';
  const formats = citationFormats({ id: 'x', type: 'article-newspaper', title, URL: 'https://example.org/a_b#c' });
  assert.match(formats.bibtex, /\\\$3/);
  assert.match(formats.bibtex, /url = \{https:\/\/example\.org\/a_b#c\}/);
  const [item] = new Cite(formats.bibtex).data;
  assert.equal(item?.title, title);
  assert.equal(item?.URL, 'https://example.org/a_b#c');
});
