import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { load } from 'cheerio';
import { dist, page } from '../helpers/paths.ts';

const data = join(dist, 'data');
const downloads = readdirSync(data).filter((name) => name !== 'index.html');

test('SHA256SUMS gives the right sha256 of every other download, in sha256sum format', () => {
  const lines = readFileSync(join(data, 'SHA256SUMS'), 'utf8').trimEnd().split('\n');
  const listed = new Map(
    lines.map((line) => {
      const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
      assert.ok(match, `"${line}" is a sha256sum line`);
      return [match[2] ?? '', match[1] ?? ''];
    }),
  );
  assert.deepEqual([...listed.keys()], downloads.filter((name) => name !== 'SHA256SUMS').sort());
  for (const [name, hash] of listed)
    assert.equal(
      createHash('sha256')
        .update(readFileSync(join(data, name)))
        .digest('hex'),
      hash,
      name,
    );
  console.log(`checksums: ${listed.size} files verified`);
});

test('the /data/ page links every download and the licence separates the compilation from quoted text', () => {
  const $ = load(page('/data/'));
  const links = new Set(
    $('a[download]')
      .map((_, a) => $(a).attr('href'))
      .get(),
  );
  assert.deepEqual([...links].sort(), downloads.map((name) => `/data/${name}`).sort());
  assert.equal($('a[href="/data/"]').closest('nav').length, 1, 'the site navigation links /data/');
  const licence = readFileSync(join(data, 'LICENCE.txt'), 'utf8');
  assert.match(licence, /THE COMPILATION[\s\S]*CC BY 4\.0[\s\S]*QUOTED SOURCE TEXT[\s\S]*not licensed by them/);
  assert.match($('#licence').parent().text(), /Quoted source text/);
});
