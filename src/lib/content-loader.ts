import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { collections, type CollectionName } from '../registry.ts';
import { forgetReads, loadCollection } from './integrity/load.ts';

/**
 * Astro's loader for a collection, reading files through the integrity check's reader, so that
 * both see the same files and each file is parsed once per build (integrity/load.ts). Only
 * collections whose pages show the body as Markdown have it rendered: a source's archived text is
 * shown block by block from its body, and rendering thousands of them was a third of the build.
 */
export function contentLoader(collection: CollectionName): Loader {
  return {
    name: 'china-ai-hubs:content',
    load: async ({ config, store, parseData, renderMarkdown, generateDigest, watcher, logger }) => {
      const root = config.root.pathname;
      const sync = async () => {
        const { entries } = loadCollection(root, collection);
        const ids = new Set(entries.map((e) => e.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const entry of entries) {
          // The integrity check has reported a file it could not read; the build stopped there.
          if (entry.data === undefined) continue;
          const digest = generateDigest(entry.text);
          if (store.get(entry.id)?.digest === digest) continue;
          const data = await parseData({
            id: entry.id,
            data: entry.data as Record<string, unknown>,
            filePath: entry.file,
          });
          // Astro's renderer reads the frontmatter itself: remark-cite numbers markers by its citations.
          const rendered = collections[collection].rendersBody ? await renderMarkdown(entry.text) : undefined;
          store.set({
            id: entry.id,
            data,
            body: entry.body,
            filePath: entry.file,
            digest,
            ...(rendered ? { rendered } : {}),
          });
        }
      };
      await sync();
      // A build reads the files once; only `astro dev` watches them and reads the changed ones again.
      if (!watcher) forgetReads();
      // In `astro dev`, a change below the collection's folder syncs it again; unchanged files are not re-read.
      const folder = join(root, 'content', collection);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(folder)) return;
        sync().catch((error: unknown) => logger.error(`Reloading ${collection}: ${String(error)}`));
      });
    },
  };
}
