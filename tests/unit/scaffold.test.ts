import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { placeRow, scaffoldEntry, scaffoldRefusal } from '../../src/lib/scaffold.ts';

const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<string, unknown>;

describe('scaffoldEntry', () => {
  const program = scaffoldEntry('programs', { source: 'daily-news', sourceLanguage: 'de' });

  test('lists every required field of the schema, blanks where the editor decides', () => {
    assert.deepEqual(frontmatter(program), {
      name: { en: null },
      jurisdiction: null,
      announced: { date: null, precision: null },
      status: { value: null, cite: ['c1'] },
      instrument: null,
      focus: null,
      focusCite: ['c1'],
      citations: { c1: { source: 'daily-news', quote: null, translation: null } },
    });
  });

  test("says what each field takes, from the schema's descriptions and choices", () => {
    const lines = program.split('\n');
    for (const line of [
      'jurisdiction:  # The place whose government runs it. Takes the id of an entry in cities.',
      '  precision:  # How much of the date is known; it must match how much is written. Takes one of day, month, year.',
      '    quote:  # The passage exactly as the archived source text has it, within one paragraph.',
    ]) {
      assert.ok(lines.includes(line), line);
    }
    const fieldLines = lines.slice(2, lines.indexOf('---', 1)).filter((line) => !/^\s*c1:$/.test(line));
    for (const line of fieldLines) assert.match(line, /^ *(- )?[A-Za-z]+:[^#]* {2}# \S/, `"${line}" has no comment`);
  });

  test('asks for a translation only when the source is not in English', () => {
    const english = frontmatter(scaffoldEntry('companies', { source: 'example-news', sourceLanguage: 'en' }));
    assert.deepEqual(english['citations'], { c1: { source: 'example-news', quote: null } });
    assert.deepEqual(english['knownFor'], [{ text: null, cite: ['c1'] }]);
    const unknown = frontmatter(scaffoldEntry('cities'))['citations'];
    assert.deepEqual(unknown, { c1: { source: null, quote: null, translation: null } });
  });

  test('ends with a profile placeholder that publishes nothing', () => {
    assert.match(program, /\n---\n<!-- The profile: .*\[@c1\]\. -->\n$/);
  });
});

test('placeRow gives the reference data lines, optional coordinates commented out', () => {
  assert.equal(
    placeRow('suzhou'),
    [
      '  suzhou:',
      '    zh:  # The name in simplified Chinese characters.',
      '    pinyin:  # The name in Hanyu Pinyin with tone marks, such as "Shànghǎi".',
      '    # lat:  # Latitude in degrees north (WGS 84), for the map; absent when a point would mislead.' +
        ' Takes a number.',
      '    # lon:  # Longitude in degrees east (WGS 84). Takes a number.',
      '',
    ].join('\n'),
  );
});

describe('scaffoldRefusal', () => {
  const base = { existingIds: ['suzhou'], sourceIds: ['daily-news'] };
  test('accepts a new, valid id and a known source', () => {
    assert.equal(scaffoldRefusal({ ...base, collection: 'cities', id: 'wuxi', source: 'daily-news' }), undefined);
  });
  test('refuses an unknown collection, naming the right ones', () => {
    assert.equal(
      scaffoldRefusal({ ...base, collection: 'sources', id: 'x' }),
      'Unknown collection "sources". Fix: use one of cities, programs, companies; add a source with npm run ingest.',
    );
  });
  test('refuses a missing or bad id, and an existing one', () => {
    assert.match(scaffoldRefusal({ ...base, collection: 'cities', id: undefined }) ?? '', /^Give the new entry's id/);
    const bad = scaffoldRefusal({ ...base, collection: 'cities', id: 'Su Zhou' });
    assert.match(bad ?? '', /^"Su Zhou" is not a valid id\. Fix: /);
    assert.equal(
      scaffoldRefusal({ ...base, collection: 'cities', id: 'suzhou' }),
      'content/cities/ already has an entry "suzhou". Fix: choose another id, or edit that entry.',
    );
  });
  test('refuses a source that is not archived', () => {
    const refusal = scaffoldRefusal({ ...base, collection: 'programs', id: 'x', source: 'nope' });
    assert.match(refusal ?? '', /^There is no source "nope"/);
  });
});
