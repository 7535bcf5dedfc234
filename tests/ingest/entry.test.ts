import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { cleanRawText, type CleanedText } from '../../src/lib/ingest/clean.ts';
import {
  decodeRawText,
  IngestError,
  isoDay,
  renderReport,
  renderSourceEntry,
  sourceEntry,
} from '../../src/lib/ingest/entry.ts';
import { detectLanguage } from '../../src/lib/ingest/language.ts';
import { root } from '../helpers/paths.ts';

const raw = (name: string) => readFileSync(join(root, 'tests', 'ingest', 'fixtures', 'raw', name), 'utf8');
const SHA = 'a'.repeat(64);
const base = { id: 'test-source', archived: '2026-11-23', sourceType: 'news' };

/** A cleaned page of one paragraph, with whatever metadata a test gives it. */
const page = (extra: Partial<CleanedText> = {}): CleanedText => ({
  blocks: ['One paragraph of the article.'],
  removed: [],
  notes: [],
  ...extra,
});

test('detects German and English roughly', () => {
  assert.equal(detectLanguage(cleanRawText(raw('000_2c16f30cd669112d.txt')).blocks.join('\n')).tag, 'de');
  assert.equal(detectLanguage(cleanRawText(raw('003_361871149abcf447.txt')).blocks.join('\n')).tag, 'de');
  assert.equal(detectLanguage(cleanRawText(raw('002_973af7d62e12bd4e.txt')).blocks.join('\n')).tag, 'en');
  assert.equal(detectLanguage(cleanRawText(raw('004_d6a69832709aa93b.txt')).blocks.join('\n')).tag, 'en');
});

test('detects Chinese from the script, simplified or traditional by the forms it uses', () => {
  assert.deepEqual(detectLanguage('示例市发布人工智能产业发展若干措施，对企业给予算力补贴。'), {
    tag: 'zh-Hans',
    evidence: 'detected from the script: 26 Han characters, 8 simplified-only, 0 traditional-only',
  });
  assert.equal(detectLanguage('示例市發布人工智能產業發展若干措施，對企業給予算力補貼。').tag, 'zh-Hant');
  // A Chinese name in a German text does not make it Chinese.
  assert.equal(detectLanguage('Die Stadt 示例市 fördert KI und ist nicht allein.').tag, 'de');
});

test('the report says what the language was detected from, and nothing when the editor gave it', () => {
  const detected = sourceEntry(page({ title: 'A headline in English' }), base, SHA);
  assert.match(
    renderReport('raw.txt', 'x', detected),
    /^Language: {6}en \(detected from the words: 5 in Latin script, 0 German and 2 English function words\)$/mu,
  );
  const given = sourceEntry(page({ title: 'A headline in English' }), { ...base, language: 'en' }, SHA);
  assert.match(renderReport('raw.txt', 'x', given), /^Language: {6}en$/mu);
});

test('decodes UTF-8 and keeps a byte-order mark out of the text', () => {
  assert.equal(decodeRawText(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0xc3, 0xb6]), 'x.txt'), 'Hö');
  assert.throws(() => decodeRawText(new Uint8Array([0x48, 0x00]), 'x.txt'), IngestError);
});

test('the archive date is the local calendar day', () => {
  assert.equal(isoDay(new Date(2026, 10, 3, 23, 59)), '2026-11-03');
});

describe('sourceEntry', () => {
  test('an English headline is its own English title; the date line gives the date', () => {
    const entry = sourceEntry(
      page({ title: 'A headline in English', date: { date: '2017-08-15', precision: 'day', asPrinted: '2017-08-15' } }),
      base,
      SHA,
    );
    assert.equal(entry.titleEn, 'A headline in English');
    assert.equal(entry.language, 'en');
    assert.deepEqual(entry.published, { date: '2017-08-15', precision: 'day' });
    assert.deepEqual(entry.remarks, ['The page names no publisher.']);
  });

  test('what the page does not state is "not stated", with a remark each', () => {
    const entry = sourceEntry(page(), { ...base, titleEn: 'An editorial title', remarks: ['Editor remark.'] }, SHA);
    assert.equal(entry.title, 'not stated');
    assert.equal(entry.publisher, 'not stated');
    assert.equal(entry.published, 'not stated');
    assert.deepEqual(entry.remarks, [
      "The page prints no headline; the English title is the editors' description.",
      'The page names no publisher.',
      'The page states no publication date.',
      'Editor remark.',
    ]);
  });

  test("the editor's date overrides the page's, as precise as it is written unless told", () => {
    const printed = page({
      title: 'A headline in English',
      date: { date: '2017-08-15', precision: 'day', asPrinted: '2017-08-15' },
    });
    assert.deepEqual(sourceEntry(printed, { ...base, published: '2025', inferred: 'Because.' }, SHA).published, {
      date: '2025',
      precision: 'year',
      inferred: 'Because.',
    });
    assert.deepEqual(sourceEntry(printed, { ...base, published: '2025-07' }, SHA).published, {
      date: '2025-07',
      precision: 'month',
    });
    assert.equal(sourceEntry(printed, { ...base, published: 'not stated' }, SHA).published, 'not stated');
    assert.throws(() => sourceEntry(printed, { ...base, inferred: 'Why.' }, SHA), /give the date with --published/u);
    assert.throws(
      () => sourceEntry(printed, { ...base, published: '2025', precision: 'week' }, SHA),
      /--precision "week" is not one of day, month, year/u,
    );
  });

  test('a page of subheadings only has no article', () => {
    assert.throws(
      () => sourceEntry(page({ blocks: ['## Heading'] }), { ...base, titleEn: 'T' }, SHA),
      /No article paragraph/u,
    );
  });
});

describe('renderSourceEntry', () => {
  const cleaned = cleanRawText(raw('002_973af7d62e12bd4e.txt'));
  const entry = sourceEntry(cleaned, base, SHA);
  const text = renderSourceEntry(entry);
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/u.exec(text) ?? [];

  test('keeps the removed text out of the entry: it belongs in the report only', () => {
    const data = parse(frontmatter) as { removed: object[] };
    assert.ok(data.removed.every((span) => Object.keys(span).join() === 'from,to,reason'));
    assert.ok(!text.includes('Magnetic Plaza'));
    assert.ok(renderReport('raw.txt', 'test-source', entry).includes('Magnetic Plaza'));
  });

  test("writes the fields in the schema's order and the blocks after a blank line", () => {
    const keys = Object.keys(parse(frontmatter) as object);
    assert.deepEqual(keys, [
      'title',
      'titleEn',
      'publisher',
      'sourceType',
      'excerpt',
      'language',
      'published',
      'archived',
      'sha256',
      'raw',
      'removed',
      'uncitedFigures',
      'remarks',
    ]);
    assert.equal(body, `${cleaned.blocks.join('\n\n')}\n`);
  });

  test('refuses data the schema rejects', () => {
    assert.throws(
      () => renderSourceEntry({ ...entry, language: 'German' }),
      (error: Error) => {
        assert.ok(error instanceof IngestError);
        assert.match(error.message, /^The entry would not be valid:\n {2}language: /u);
        return true;
      },
    );
  });
});
