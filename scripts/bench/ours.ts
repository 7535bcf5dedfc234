import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from './corpus.ts';
import { writeCorpus } from './write.ts';

/** The repository root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Astro's command line, from the repository's packages. */
export const ourAstro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** What the site's build reads besides content/. */
const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Lays out the site's code over a corpus in `dir`, a folder below the repository (such as
 * .tmp/bench/), where Node finds the repository's node_modules by walking up. Without a
 * node_modules of its own, Astro's content cache stays inside `dir`, so builds never share it.
 */
export function writeOurSite(corpus: Corpus, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of SITE_FILES) cpSync(join(root, item), join(dir, item), { recursive: true });
  writeCorpus(corpus, dir);
}
