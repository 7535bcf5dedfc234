import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { sha256, sha256sums } from '../../src/lib/export/checksums.ts';
import { renderCsv } from '../../src/lib/export/csv.ts';

test('CSV quotes what needs quoting, ends records with CRLF and reads back unchanged', () => {
  const table = {
    name: 't',
    columns: ['id', 'text'],
    rows: [
      ['a', 'comma, "quote"'],
      ['b', 'line one\nline two'],
      ['c', ''],
    ],
  };
  const csv = renderCsv(table);
  assert.equal(csv, 'id,text\r\na,"comma, ""quote"""\r\nb,"line one\nline two"\r\nc,\r\n');
  assert.deepEqual(parse(csv), [table.columns, ...table.rows]);
});

test('checksums are listed as sha256sum writes them, sorted by name', () => {
  assert.equal(sha256('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.equal(
    sha256sums([
      ['b.txt', 'abc'],
      ['a.json', ''],
    ]),
    `${sha256('')}  a.json\n${sha256('abc')}  b.txt\n`,
  );
});
