import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionName } from '../../src/registry.ts';
import type { Corpus, CorpusEntry } from './corpus.ts';

/**
 * The floor: a bare Astro site over the same corpus, the least any Astro site pays for these
 * pages. One content collection read by Astro's glob loader, one page per entry with its title and
 * its body as plain HTML, no layout, no styles, no other integration than the few lines that run
 * Pagefind after the build (as the other two sites do), and a search page on Pagefind's JS API.
 */

const CONFIG = `import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

/** Pagefind over the built site, as the other two sites run it at the end of their build. */
const pagefindIndex = {
  name: 'floor:pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      try {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(\`Pagefind could not start: \${errors.join('; ')}\`);
        const site = new URL(dir).pathname;
        await index.addDirectory({ path: site });
        await index.writeFiles({ outputPath: \`\${site}pagefind\` });
      } finally {
        await pagefind.close();
      }
    },
  },
};

export default defineConfig({ site: 'https://floor.example', integrations: [pagefindIndex] });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';

export const collections = {
  entries: defineCollection({ loader: glob({ pattern: '**/*.md', base: './entries' }), schema: z.object({ title: z.string() }) }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('entries')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><h1>{entry.data.title}</h1><Content /></body>
</html>
`;

// The search box: Pagefind's JS API, the first result's title drawn as a list item. The status
// line says when Pagefind has loaded, which the benchmark waits for before it types.
const SEARCH = `<html lang="en">
  <head><meta charset="utf-8" /><title>Search</title></head>
  <body>
    <input id="q" type="search" aria-label="Search" />
    <p id="status">Loading…</p>
    <ul id="results"></ul>
    <script is:inline type="module">
      const bundle = '/pagefind/pagefind.js';
      const pagefind = await import(bundle);
      // As our search page does: the engine and its filter index load before anyone types.
      await pagefind.init();
      await pagefind.filters();
      const q = document.getElementById('q');
      const list = document.getElementById('results');
      const status = document.getElementById('status');
      let latest = 0;
      q.addEventListener('input', async () => {
        const mine = ++latest;
        const search = await pagefind.search(q.value);
        const first = await search.results[0]?.data();
        if (mine !== latest) return;
        list.replaceChildren();
        status.textContent = \`\${search.results.length} results\`;
        if (!first) return;
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = first.url;
        link.textContent = first.meta.title;
        item.append(link);
        list.append(item);
      });
      status.textContent = 'Type a word';
    </script>
  </body>
</html>
`;

const titleOf = (entry: CorpusEntry) => (entry.collection === 'sources' ? String(entry.data.titleEn) : String((entry.data.name as { en: string }).en));

/** A title as YAML: double-quoted, so that no title is read as another type. */
const quoted = (text: string) => JSON.stringify(text);

/**
 * Writes the floor site into `dir`, a folder below the repository (such as .tmp/bench/), where
 * Astro and Pagefind are found in the repository's node_modules by walking up: one Markdown file
 * per entry with its title and body (citation markers left out), and the four files of the site.
 */
export function writeFloorSite(corpus: Corpus, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const collection of new Set<CollectionName>(corpus.entries.map((e) => e.collection))) mkdirSync(join(dir, 'entries', collection), { recursive: true });
  for (const entry of corpus.entries) {
    const body = entry.body.replace(/ ?\[@[\w-]+\]/g, '');
    writeFileSync(join(dir, 'entries', entry.collection, `${entry.id}.md`), `---\ntitle: ${quoted(titleOf(entry))}\n---\n\n${body}`);
  }
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'floor', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(dir, 'src', 'pages', '[...slug].astro'), PAGE);
  writeFileSync(join(dir, 'src', 'pages', 'search.astro'), SEARCH);
  writeFileSync(join(dir, 'src', 'pages', 'index.astro'), '<html lang="en"><head><meta charset="utf-8" /><title>Floor</title></head><body><a href="/search/">Search</a></body></html>\n');
}
