import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadEntries } from '../../src/lib/integrity/load.ts';
import { normaliseText } from '../../src/lib/normalise.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { dist, root, walk } from '../helpers/paths.ts';

const TEXT_FILES = /\.(html|json|csv|bib|ris|xml|txt)$/;

test('no page or export contains a line the ingest removed as noise', () => {
  const sources = loadEntries(root).entries.filter((e) => e.collection === 'sources');
  const site = walk(dist)
    .filter((file) => TEXT_FILES.test(file) && !file.startsWith('pagefind'))
    .map((file) => normaliseText(readFileSync(join(dist, file), 'utf8')))
    .join('\n');
  let checked = 0;
  const leaked: string[] = [];
  for (const entry of sources) {
    const data = sourceSchema.parse(entry.data);
    const raw = readFileSync(join(root, 'content', 'sources', data.raw), 'utf8').split('\n');
    const kept = normaliseText(entry.body);
    for (const span of data.removed) {
      for (const line of raw.slice(span.from - 1, span.to)) {
        const text = normaliseText(line);
        // Short labels ("China", "NEWS"), the headline, which is the title, and a second copy of a line the
        // article keeps (a metadata table printed twice) are legitimately on the site.
        if (text.length < 25 || text === normaliseText(data.title) || kept.includes(text)) continue;
        checked++;
        if (site.includes(text)) leaked.push(`${entry.id} line ${span.from}–${span.to}: ${text}`);
      }
    }
  }
  console.log(`noise check: ${checked} removed lines looked for in the built site, ${leaked.length} found`);
  assert.ok(checked > 20);
  assert.deepEqual(leaked, []);
});
