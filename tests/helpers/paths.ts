import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));
/** The built site, written by `npm test` before the tests run. */
export const dist = join(root, 'dist');

/** Every file below a folder, as paths relative to it. */
export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path).map((p) => join(name, p)) : [name];
  });
}

/** Every built HTML page, relative to dist/ (fails clearly when the site was not built). */
export function builtPages(): string[] {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('dist/ has no site: run the tests with `npm test`, which builds first.');
  return walk(dist).filter((p) => p.endsWith('.html') && !p.startsWith('pagefind'));
}

/** A built page's HTML by its URL path, such as "/cities/shanghai/". */
export function page(urlPath: string): string {
  const file = urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath);
  return readFileSync(file, 'utf8');
}

/** The URL path of a built file. */
export const urlOf = (file: string) => `/${relative(dist, join(dist, file)).replace(/index\.html$/, '')}`;
