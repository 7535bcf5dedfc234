import type { AstroIntegration } from 'astro';
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { segmentHanInHtml } from '../lib/han.ts';
import { separateDefinitions } from '../lib/index-copy.ts';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written every page. Pagefind reads a copy
 * of each page with its Chinese split into characters (see lib/han.ts) and its definition lists separated into
 * words (lib/index-copy.ts); readers get the pages unchanged.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'china-ai-hubs:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const files = (await readdir(site, { recursive: true }))
          .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
        // One page at a time, in order: pages added concurrently came out with wrong filter counts (Pagefind 1.6).
        for (const file of files.sort()) {
          const content = separateDefinitions(segmentHanInHtml(await readFile(join(site, file), 'utf8')));
          const url = `/${file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
          const response = await index.addHTMLFile({ url, content });
          if (response.errors.length > 0) {
            throw new Error(`Pagefind could not index ${file}: ${response.errors.join('; ')}`);
          }
        }
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        // Pages without data-pagefind-body are left out only when the index is written: count them from it.
        type Entry = { languages: Record<string, { page_count: number }> };
        const manifest = JSON.parse(await readFile(`${site}pagefind/pagefind-entry.json`, 'utf8')) as Entry;
        const pages = Object.values(manifest.languages).reduce((sum, language) => sum + language.page_count, 0);
        const bytes = (await readdir(`${site}pagefind`, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
        const ms = Math.round(performance.now() - started);
        logger.info(`Pagefind indexed ${pages} pages in ${ms} ms; the index and its UI take ${(bytes / 1024).toFixed(0)} KB.`);
        await pagefind.close();
      },
    },
  };
}
