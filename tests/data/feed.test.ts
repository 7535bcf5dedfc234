import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { load } from 'cheerio';
import { loadEntries } from '../../src/lib/integrity/load.ts';
import { programSchema } from '../../src/schemas/program.ts';
import { dist, root } from '../helpers/paths.ts';

const SITE = 'https://china-ai-hubs.example';
const $ = load(readFileSync(join(dist, 'rss.xml'), 'utf8'), { xml: true });
const programs = loadEntries(root)
  .entries.filter((e) => e.collection === 'programs')
  .map((e) => ({ id: e.id, data: programSchema.parse(e.data) }));
const items = $('rss > channel > item')
  .map((_, item) => ({
    title: $(item).children('title').text(),
    link: $(item).children('link').text(),
    guid: $(item).children('guid').text(),
    pubDate: $(item).children('pubDate').text(),
    description: $(item).children('description').text(),
  }))
  .get();

test('the RSS feed is RSS 2.0 with a channel that links to the site', () => {
  assert.equal($('rss').attr('version'), '2.0');
  assert.equal($('rss > channel > title').text(), 'China AI Hubs: programs');
  assert.equal($('rss > channel > link').text(), `${SITE}/`);
});

test('the feed has one item per published program, each linking to its page', () => {
  assert.equal(items.length, programs.length);
  assert.deepEqual(items.map((i) => i.link).sort(), programs.map((p) => `${SITE}/programs/${p.id}/`).sort());
  for (const item of items) {
    assert.equal(item.guid, item.link);
    assert.ok(existsSync(join(dist, new URL(item.link).pathname, 'index.html')), `${item.link} is a built page`);
    assert.ok(item.title && item.description, `${item.link} has a title and a description`);
  }
});

test('items run by announcement date, newest first; each date is the first day of what the source gives', () => {
  const byLink = new Map(programs.map((p) => [`${SITE}/programs/${p.id}/`, p.data.announced]));
  const dated = items.filter((i) => i.pubDate);
  for (const item of items) {
    const announced = byLink.get(item.link);
    if (!announced || announced === 'not stated')
      assert.equal(item.pubDate, '', `${item.link} has no announcement date and so no pubDate`);
    else assert.equal(new Date(item.pubDate).toISOString().slice(0, announced.date.length), announced.date, item.link);
  }
  const times = dated.map((i) => Date.parse(i.pubDate));
  assert.deepEqual(
    times,
    [...times].sort((a, b) => b - a),
    'newest first',
  );
  assert.deepEqual(items.slice(0, dated.length), dated, 'undated programs come after the dated ones');
  console.log(`RSS feed: ${items.length} items, ${dated.length} with an announcement date`);
});
