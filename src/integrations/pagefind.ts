import type { AstroIntegration } from 'astro';
import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Indexes the built site with Pagefind's Node API once Astro has written every page. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'china-ai-hubs:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        const bytes = (await readdir(`${site}pagefind`, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
        logger.info(`Pagefind indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms; the index and its UI take ${(bytes / 1024).toFixed(0)} KB.`);
        await pagefind.close();
      },
    },
  };
}
