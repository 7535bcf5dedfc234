import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { CollectionName } from '../../src/registry.ts';
import type { Corpus, CorpusEntry } from './corpus.ts';

/** What the comparison installs: the versions the issue names, from the npm registry. */
const PACKAGES = ['astro@7', '@astrojs/starlight@0.42'];

/**
 * Installs Starlight into `dir` (outside the repository) unless an earlier run did, and returns
 * the installed versions. Each size's site is then written into `dir` itself: Starlight's
 * modules import Astro's virtual modules, which Vite bundles only from the project's own
 * node_modules, not from one found by walking up or through a symlink.
 */
export function installStarlight(dir: string): { astro: string; starlight: string } {
  const version = (name: string) => (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  if (!existsSync(join(dir, 'node_modules', '@astrojs', 'starlight', 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'starlight-comparison', private: true, type: 'module' }, null, 2)}\n`);
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', ...PACKAGES], { cwd: dir, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`npm install ${PACKAGES.join(' ')} failed in ${dir}.`);
  }
  return { astro: version('astro'), starlight: version('@astrojs/starlight') };
}

/** Starlight's sidebar: four links like our navigation, or Starlight's default, every page. */
export type Sidebar = 'links' | 'all';

const SIDEBARS: Record<Sidebar, string> = {
  // Starlight's default sidebar lists every page on every page, so its pages grow with N and
  // the build with N²; four links measure Starlight itself rather than that choice.
  links: `
      sidebar: [
        { label: 'Places', link: '/cities/' },
        { label: 'Programs', link: '/programs/' },
        { label: 'Organisations', link: '/companies/' },
        { label: 'Sources', link: '/sources/' },
      ],`,
  all: '',
};

const config = (sidebar: Sidebar) => `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://starlight.example',
  integrations: [
    starlight({
      title: 'China AI Hubs (Starlight)',${SIDEBARS[sidebar]}
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const SECTIONS: Record<CollectionName, string> = { cities: 'Places', programs: 'Programs', companies: 'Organisations', sources: 'Sources' };

/** Fields that hold references, and the collection each points into. */
const REFERENCES: Record<string, CollectionName> = { parent: 'cities', jurisdiction: 'cities', home: 'cities', places: 'cities', issuer: 'companies', organisations: 'companies' };

type Data = Record<string, unknown>;
type Citation = { source: string; quote: string; translation?: string };

/** Every `{ text, cite }` statement in an entry's data: its facts, aims, products and so on. */
function statements(value: unknown): { text: string; cite: string[] }[] {
  if (Array.isArray(value)) return value.flatMap(statements);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Data;
  if (typeof record.text === 'string' && Array.isArray(record.cite)) return [{ text: record.text, cite: record.cite as string[] }];
  return Object.entries(record).flatMap(([key, item]) => (key === 'citations' ? [] : statements(item)));
}

const titleOf = (entry: CorpusEntry) => (entry.collection === 'sources' ? String(entry.data.titleEn) : String((entry.data.name as { en: string }).en));

/**
 * The same entry as a Starlight page, with the same text: profile, cited statements, links to
 * related entries and the quotes, or for a source its archived text.
 */
function page(entry: CorpusEntry, titles: Map<string, string>): string {
  const frontmatter = { title: titleOf(entry), description: `${SECTIONS[entry.collection]}: ${titleOf(entry)}` };
  if (entry.collection === 'sources') return `---\n${stringify(frontmatter)}---\n\n${entry.body}`;
  const citations = Object.values(entry.data.citations as Record<string, Citation>);
  const mark = (keys: string[]) => keys.map((k) => `[${k.slice(1)}](#citations)`).join(' ');
  const related = Object.entries(REFERENCES).flatMap(([field, collection]) =>
    [entry.data[field]].flat().flatMap((id) => (typeof id === 'string' && titles.has(`${collection}/${id}`) ? [`- ${field}: [${titles.get(`${collection}/${id}`)}](/${collection}/${id}/)`] : [])),
  );
  const original = (entry.data.name as { original?: string }).original;
  return [
    `---\n${stringify(frontmatter)}---\n`,
    ...(original ? [`As the sources name it: ${original}\n`] : []),
    entry.body.replace(/\[@c(\d+)\]/g, '[$1](#citations)'),
    '## Facts\n',
    ...statements(entry.data).map((s) => `- ${s.text} ${mark(s.cite)}`),
    ...(related.length > 0 ? ['\n## Related\n', ...related] : []),
    '\n## Citations\n',
    ...citations.map((c, i) => `${i + 1}. “${c.quote}”${c.translation ? ` (${c.translation})` : ''}: [${titles.get(`sources/${c.source}`)}](/sources/${c.source}/)`),
    '',
  ].join('\n');
}

/** Writes the corpus as a Starlight site into the install folder `dir`: one page per entry and one index per collection. */
export function writeStarlightSite(corpus: Corpus, dir: string, sidebar: Sidebar = 'links'): void {
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  const docs = join(dir, 'src', 'content', 'docs');
  const titles = new Map(corpus.entries.map((e) => [`${e.collection}/${e.id}`, titleOf(e)]));
  for (const collection of Object.keys(SECTIONS) as CollectionName[]) {
    mkdirSync(join(docs, collection), { recursive: true });
    const list = corpus.entries.filter((e) => e.collection === collection).map((e) => `- [${titleOf(e)}](/${collection}/${e.id}/)`);
    writeFileSync(join(docs, collection, 'index.md'), `---\n${stringify({ title: SECTIONS[collection] })}---\n\n${list.join('\n')}\n`);
  }
  for (const entry of corpus.entries) writeFileSync(join(docs, entry.collection, `${entry.id}.md`), page(entry, titles));
  writeFileSync(join(docs, 'index.md'), `---\n${stringify({ title: 'China AI Hubs (Starlight)' })}---\n\nThe benchmark corpus, built with Starlight.\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), config(sidebar));
  writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
}
