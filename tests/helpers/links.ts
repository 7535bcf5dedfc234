import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { dist, root, urlOf } from './paths.ts';

/** The content file behind an entity page, so a broken link can be traced to what produced it. */
function entryFileOf(url: string): string | undefined {
  const match = /^\/(cities|programs|companies|sources)\/([^/]+)\/$/.exec(url);
  if (!match) return undefined;
  return ['md', 'mdx']
    .map((ext) => `content/${match[1]}/${match[2]}.${ext}`)
    .find((file) => existsSync(join(root, file)));
}

/** The built file an internal address resolves to, or undefined. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/')
    ? [join(dist, clean, 'index.html')]
    : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((file) => existsSync(file));
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const $ = load(readFileSync(file, 'utf8'));
    ids = new Set(
      $('[id]')
        .map((_, el) => $(el).attr('id') ?? '')
        .get(),
    );
    idsCache.set(file, ids);
  }
  return ids;
}

/**
 * Checks every internal href/src/action of the given pages: each must resolve to a built file,
 * and each #fragment to an element id there. Returns one line per broken link.
 */
export function brokenLinks(pages: readonly string[]): { checked: number; broken: string[] } {
  const broken: string[] = [];
  let checked = 0;
  for (const file of pages) {
    const url = urlOf(file);
    const path = join(dist, file);
    const $ = load(readFileSync(path, 'utf8'));
    const targets = $('a[href], link[href], img[src], script[src], form[action]')
      .map((_, el) => $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action') ?? '')
      .get();
    for (const target of targets) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue; // other origins are the request test's job
      checked++;
      const resolved = new URL(target, `http://site${url}`);
      const targetFile = fileFor(resolved.pathname);
      const entry = entryFileOf(url);
      const where = `${url}${entry ? ` (from ${entry})` : ''}`;
      if (!targetFile) {
        broken.push(`${where}: link to ${target} leads to no page`);
      } else if (
        resolved.hash &&
        targetFile.endsWith('.html') &&
        !idsOf(targetFile).has(decodeURIComponent(resolved.hash.slice(1)))
      ) {
        broken.push(
          `${where}: link to ${target}: ${resolved.pathname} has no element with id "${resolved.hash.slice(1)}"`,
        );
      }
    }
  }
  return { checked, broken };
}
