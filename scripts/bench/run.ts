// `npm run bench [-- --sizes 1000,5000 --sites ours,starlight,floor --repeats 3 --starlight-sidebar all
// --starlight-up-to 10000 --quiet-wait 600 --keep]`: builds this site, a Starlight site and a bare
// Astro site (the floor) over the same synthetic corpus at each size and writes bench/RESULTS.md.
// `--sizes 1000,5000,10000,20000` adds the memory figure at 20,000; Starlight is built only up to
// --starlight-up-to entries (10,000 unless told), as it takes long beyond.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../../src/lib/integrity/check.ts';
import { collectionNames, type CollectionName } from '../../src/registry.ts';
import { describeCorpus, generateCorpus, type Corpus } from './corpus.ts';
import { writeFloorSite } from './floor.ts';
import { buildSite, folderBytes, pageBytes, timePagefind, waitForQuiet } from './measure.ts';
import { ourAstro, root, writeOurSite } from './ours.ts';
import { renderReport, type Environment, type SiteResult, type SizeResult } from './report.ts';
import { timeSearch, type Site } from './search-timing.ts';
import { installStarlight, writeStarlightSite } from './starlight.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    sites: { type: 'string', default: 'ours,starlight,floor' },
    repeats: { type: 'string', default: '3' },
    out: { type: 'string', default: join(root, 'bench', 'RESULTS.md') },
    // Starlight is installed here, outside the repository, and reused by later runs.
    starlight: { type: 'string', default: join(tmpdir(), 'china-ai-hubs-bench', 'starlight') },
    // "links" (four links) or "all" (Starlight's default sidebar, every page on every page).
    'starlight-sidebar': { type: 'string', default: 'links' },
    'starlight-up-to': { type: 'string', default: '10000' },
    // How long each build and search timing may wait for the machine to be quiet (load below 1).
    'quiet-wait': { type: 'string', default: '600' },
    keep: { type: 'boolean', default: false },
  },
});
const sidebar = values['starlight-sidebar'] === 'all' ? 'all' : 'links';
const sizes = (values.sizes ?? '').split(',').map(Number).filter((n) => n > 0);
const sites = (values.sites ?? '').split(',') as Site[];
const repeats = Number(values.repeats);
const scratch = join(root, '.tmp', 'bench');
/** How long each build may wait for other work on the machine to finish before it starts. */
const QUIET_WAIT_SECONDS = Number(values['quiet-wait']);
const starlightUpTo = Number(values['starlight-up-to']);

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const htmlPages = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? (e.name === 'pagefind' ? 0 : htmlPages(join(dir, e.name))) : e.name.endsWith('.html') ? 1 : 0), 0);

/** Builds one site in `dir` and measures its output, its Pagefind step and its search. */
async function measureSite(site: Site, dir: string, astroBin: string, corpus: Corpus, n: number): Promise<SiteResult> {
  log(`N = ${n}: building ${site}…`);
  const build = await buildSite(dir, astroBin, QUIET_WAIT_SECONDS);
  log(`N = ${n}: ${site} ${build.ok ? `built in ${build.wallSeconds.toFixed(1)} s, ${(build.peakRss / 2 ** 30).toFixed(2)} GiB` : `FAILED (see ${build.log})`}`);
  if (!build.ok) return { build, htmlPages: 0 };
  const dist = join(dir, 'dist');
  // Every site is re-indexed with the repository's Pagefind, so the timings are alike.
  const pagefindSeconds = await timePagefind(dist, join(scratch, `pagefind-${site}`), 'pagefind');
  log(`N = ${n}: ${site} Pagefind ${pagefindSeconds.toFixed(1)} s; timing search…`);
  await waitForQuiet(QUIET_WAIT_SECONDS);
  const search = await timeSearch(dist, site, corpus.queries, repeats);
  return { build, htmlPages: htmlPages(dist), bytes: pageBytes(dist), pagefindSeconds, pagefindBytes: folderBytes(join(dist, 'pagefind')), search };
}

const version = (name: string) => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const chromium = spawnSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim().replace(/^Chromium\s*/, '');
const env: Environment = {
  date: new Date().toISOString().slice(0, 10),
  cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  astro: version('astro'),
  pagefind: version('pagefind'),
  ...(chromium ? { chromium } : {}),
  starlightSidebar: sidebar,
  starlightUpTo,
  quietWait: QUIET_WAIT_SECONDS,
};
if (sites.includes('starlight')) env.starlight = installStarlight(values.starlight as string).starlight;

const results: SizeResult[] = [];
for (const n of sizes) {
  log(`N = ${n}: generating the corpus…`);
  const corpus = generateCorpus(n);
  const counts = Object.fromEntries(collectionNames.map((c) => [c, corpus.entries.filter((e) => e.collection === c).length])) as Record<CollectionName, number>;
  const oursDir = join(scratch, `ours-${n}`);
  writeOurSite(corpus, oursDir);
  const started = performance.now();
  const errors = checkContent(oursDir).filter((p) => p.severity === 'error');
  const result: SizeResult = { n, counts, corpus: describeCorpus(corpus), integritySeconds: (performance.now() - started) / 1000, sites: {} };
  if (errors.length > 0) throw new Error(`The generated corpus fails the integrity check (${errors.length} errors), first: ${errors[0]?.file} ${errors[0]?.field}: ${errors[0]?.message}`);
  results.push(result);
  if (sites.includes('ours')) result.sites.ours = await measureSite('ours', oursDir, ourAstro, corpus, n);
  if (sites.includes('starlight') && n <= starlightUpTo) {
    const dir = values.starlight as string;
    writeStarlightSite(corpus, dir, sidebar);
    result.sites.starlight = await measureSite('starlight', dir, join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), corpus, n);
    if (!values.keep) for (const item of ['src', 'dist']) rmSync(join(dir, item), { recursive: true, force: true });
  }
  if (sites.includes('floor')) {
    const floorDir = join(scratch, `floor-${n}`);
    writeFloorSite(corpus, floorDir);
    result.sites.floor = await measureSite('floor', floorDir, ourAstro, corpus, n);
    if (!values.keep) for (const item of ['entries', 'dist']) rmSync(join(floorDir, item), { recursive: true, force: true });
  }
  // The build log stays; the corpus and the built site are large.
  if (!values.keep) for (const item of ['content', 'dist']) rmSync(join(oursDir, item), { recursive: true, force: true });
  // Written after every size, so a long run that is stopped still leaves what it measured.
  mkdirSync(join(values.out as string, '..'), { recursive: true });
  writeFileSync(values.out as string, `${renderReport(env, results)}\n`);
  writeFileSync(join(scratch, 'results.json'), `${JSON.stringify({ env, results }, null, 2)}\n`);
  log(`N = ${n}: written to ${values.out}`);
}
