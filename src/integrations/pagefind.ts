import type { AstroIntegration } from 'astro';
import { statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { segmentHanInHtml } from '../lib/han.ts';
import { separateDefinitions } from '../lib/index-copy.ts';

/** The parts of Pagefind's Node API the indexer uses; tests pass their own to see that it is closed. */
export type Engine = Pick<typeof pagefind, 'createIndex' | 'close'>;

/**
 * Indexes a built site into its pagefind/ folder and returns what to log. Pagefind reads a copy of each page with
 * its Chinese split into characters (see lib/han.ts) and its definition lists separated into words
 * (lib/index-copy.ts); readers get the pages unchanged. The copies go to a scratch folder that Pagefind indexes in
 * one call, reading its files in parallel; page by page, each a round trip to its process, took twice as long.
 * Pagefind runs as a child process: it is closed however indexing ends, or a failed build would hang waiting for it.
 */
export async function indexSite(site: string, engine: Engine = pagefind): Promise<string> {
  const started = performance.now();
  const copies = await mkdtemp(join(tmpdir(), 'china-ai-hubs-index-'));
  try {
    const files = (await readdir(site, { recursive: true })).filter(
      (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
    );
    for (const file of files) {
      const content = separateDefinitions(segmentHanInHtml(await readFile(join(site, file), 'utf8')));
      await mkdir(dirname(join(copies, file)), { recursive: true });
      await writeFile(join(copies, file), content);
    }
    const { index, errors } = await engine.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: copies });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    if (added.page_count !== files.length) {
      throw new Error(`Pagefind read ${added.page_count} of the ${files.length} pages.`);
    }
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await engine.close();
    await rm(copies, { recursive: true, force: true });
  }
  // Pages without data-pagefind-body are left out only when the index is written: count them from it.
  type Entry = { languages: Record<string, { page_count: number }> };
  const manifest = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as Entry;
  const pages = Object.values(manifest.languages).reduce((sum, language) => sum + language.page_count, 0);
  const bytes = (await readdir(join(site, 'pagefind'), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
  const ms = Math.round(performance.now() - started);
  return `Pagefind indexed ${pages} pages in ${ms} ms; the index and its UI take ${(bytes / 1024).toFixed(0)} KB.`;
}

/** Indexes the built site with Pagefind's Node API once Astro has written every page. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'china-ai-hubs:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(await indexSite(fileURLToPath(dir)));
      },
    },
  };
}
