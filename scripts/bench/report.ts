import type { CollectionName } from '../../src/registry.ts';
import type { BuildCost, PageBytes, Summary } from './measure.ts';
import type { QueryTime, Site } from './search-timing.ts';

/** Everything measured for one site at one size. */
export type SiteResult = { build: BuildCost; htmlPages: number; bytes?: PageBytes; pagefindSeconds?: number; pagefindBytes?: number; search?: QueryTime[] };

/** Everything measured at one size. */
export type SizeResult = { n: number; counts: Record<CollectionName, number>; integritySeconds: number; sites: Partial<Record<Site, SiteResult>> };

/** The machine and the versions, printed above the tables. */
export type Environment = {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  astro: string;
  starlight?: string;
  /** Which sidebar the Starlight site has (see scripts/bench/starlight.ts). */
  starlightSidebar?: 'links' | 'all';
  chromium?: string;
};

const GiB = 1024 ** 3;
const int = (n: number) => Math.round(n).toLocaleString('en');
const secs = (s: number | undefined) => (s === undefined ? '—' : `${s.toFixed(1)} s`);
const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '—' : `${int(v)} ms`);
const kb = (bytes: number | undefined) => (bytes === undefined ? '—' : bytes === 0 ? '0 B' : `${(bytes / 1000).toFixed(1)} KB`);
const mb = (bytes: number | undefined) => (bytes === undefined ? '—' : `${(bytes / 1e6).toFixed(1)} MB`);
const gib = (bytes: number | undefined) => (bytes === undefined ? '—' : `${(bytes / GiB).toFixed(2)} GiB`);
const pair = (s: Pick<Summary, 'median' | 'max'> | undefined, format: (v: number) => string) => (s ? `${format(s.median)} / ${format(s.max)}` : '—');
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 || Number.isNaN(a) || Number.isNaN(b) ? '—' : (a / b).toFixed(2));
const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
/** Median and maximum over the queries that showed a result (a query that timed out is NaN). */
function searchStat(times: QueryTime[] | undefined, key: 'ui' | 'api') {
  const found = times?.map((t) => t[key]).filter((v) => !Number.isNaN(v));
  return found && found.length > 0 ? { median: medianOf(found), max: Math.max(...found) } : undefined;
}

/** A site's build, or undefined when it failed: a failed build's numbers measure nothing. */
const built = (result: SizeResult, site: Site) => (result.sites[site]?.build.ok ? result.sites[site] : undefined);

function sizeTable(result: SizeResult): string[] {
  const ours = built(result, 'ours');
  const star = built(result, 'starlight');
  const row = (label: string, a: string, b: string, r = '') => `| ${label} | ${a} | ${b} | ${r} |`;
  const failed = (['ours', 'starlight'] as const).filter((site) => result.sites[site] && !result.sites[site]?.build.ok);
  const perEntry = (s: SiteResult | undefined) => (s ? (s.build.wallSeconds * 1000) / result.n : undefined);
  const [oursUi, starUi] = [searchStat(ours?.search, 'ui'), searchStat(star?.search, 'ui')];
  const [oursApi, starApi] = [searchStat(ours?.search, 'api'), searchStat(star?.search, 'api')];
  const c = result.counts;
  const lines = [
    `## N = ${int(result.n)}`,
    '',
    `${int(c.sources)} sources, ${int(c.cities)} places, ${int(c.programs)} programs, ${int(c.companies)} organisations. Our integrity check alone: ${secs(result.integritySeconds)}.`,
    ...failed.map((site) => `\n**The ${site} build failed**; its log: \`${result.sites[site]?.build.log}\`.`),
    '',
    '| Measure | Ours | Starlight | Ours / Starlight |',
    '|---|---:|---:|---:|',
    row('HTML pages built', ours ? int(ours.htmlPages) : '—', star ? int(star.htmlPages) : '—'),
    row('Machine load when the build started (1-minute average)', ours ? ours.build.load.toFixed(2) : '—', star ? star.build.load.toFixed(2) : '—'),
    row('Build wall time (Pagefind included)', secs(ours?.build.wallSeconds), secs(star?.build.wallSeconds), ratio(ours?.build.wallSeconds, star?.build.wallSeconds)),
    row('Build time per entry', ms(perEntry(ours)), ms(perEntry(star)), ratio(perEntry(ours), perEntry(star))),
    row('Build CPU time (user + system)', secs(ours?.build.cpuSeconds), secs(star?.build.cpuSeconds), ratio(ours?.build.cpuSeconds, star?.build.cpuSeconds)),
    row('Peak memory (RSS of the largest process)', gib(ours?.build.peakRss), gib(star?.build.peakRss), ratio(ours?.build.peakRss, star?.build.peakRss)),
    row('HTML per content page, gzip (median / max)', pair(ours?.bytes?.html, kb), pair(star?.bytes?.html, kb), ratio(ours?.bytes?.html.median, star?.bytes?.html.median)),
    row('CSS per content page, gzip (median / max)', pair(ours?.bytes?.css, kb), pair(star?.bytes?.css, kb), ratio(ours?.bytes?.css.median, star?.bytes?.css.median)),
    row('JS per content page, gzip (median / max)', pair(ours?.bytes?.js, kb), pair(star?.bytes?.js, kb), ratio(ours?.bytes?.js.median, star?.bytes?.js.median)),
    row('HTML + CSS per content page, gzip (median / p95 / max)', ours?.bytes ? `${kb(ours.bytes.htmlCss.median)} / ${kb(ours.bytes.htmlCss.p95)} / ${kb(ours.bytes.htmlCss.max)}` : '—', star?.bytes ? `${kb(star.bytes.htmlCss.median)} / ${kb(star.bytes.htmlCss.p95)} / ${kb(star.bytes.htmlCss.max)}` : '—', ratio(ours?.bytes?.htmlCss.median, star?.bytes?.htmlCss.median)),
    row('Pagefind time', secs(ours?.pagefindSeconds), secs(star?.pagefindSeconds), ratio(ours?.pagefindSeconds, star?.pagefindSeconds)),
    row('Pagefind index size (dist/pagefind)', mb(ours?.pagefindBytes), mb(star?.pagefindBytes), ratio(ours?.pagefindBytes, star?.pagefindBytes)),
    row('First search result, search box (median / max)', pair(oursUi, ms), pair(starUi, ms), ratio(oursUi?.median, starUi?.median)),
    row("First search result, Pagefind's API (median / max)", pair(oursApi, ms), pair(starApi, ms), ratio(oursApi?.median, starApi?.median)),
    '',
  ];
  const phases = [...new Set([...Object.keys(ours?.build.phases ?? {}), ...Object.keys(star?.build.phases ?? {})])].filter((p) => p !== 'Total build');
  if (phases.length > 0) {
    const rest = (s: SiteResult | undefined) => (s ? s.build.wallSeconds - phases.reduce((sum, p) => sum + (s.build.phases[p] ?? 0), 0) : undefined);
    lines.push(
      "Build phases, from Astro's own timer (`ASTRO_TIMER_PATH`):",
      '',
      '| Phase | Ours | Starlight |',
      '|---|---:|---:|',
      ...phases.map((p) => `| ${p} | ${secs(ours?.build.phases[p])} | ${secs(star?.build.phases[p])} |`),
      `| Everything else: start-up, config hooks (our integrity check), Pagefind, exit | ${secs(rest(ours))} | ${secs(rest(star))} |`,
      '',
    );
  }
  if (ours?.search || star?.search) {
    const byQuery = new Map((star?.search ?? []).map((t) => [t.query, t]));
    lines.push(
      'Search, per query (median of the repeats; results as Pagefind counts them):',
      '',
      '| Query | Results: ours / Starlight | Search box: ours / Starlight | API: ours / Starlight |',
      '|---|---:|---:|---:|',
      ...(ours?.search ?? star?.search ?? []).map((t) => {
        const o = ours?.search?.find((x) => x.query === t.query);
        const s = byQuery.get(t.query);
        return `| ${t.query} | ${o ? int(o.results) : '—'} / ${s ? int(s.results) : '—'} | ${ms(o?.ui)} / ${ms(s?.ui)} | ${ms(o?.api)} / ${ms(s?.api)} |`;
      }),
      '',
    );
  }
  return lines;
}

/** One line per target of issue 9, with what was measured and whether it is met. */
function targets(results: SizeResult[]): string[] {
  const at = (n: number) => results.find((r) => r.n === n);
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : '**missed**');
  const lines = ['| Target | Measured | Verdict |', '|---|---|---|'];
  for (const n of [1000, 5000]) {
    const r = at(n);
    const ours = r && built(r, 'ours');
    const star = r && built(r, 'starlight');
    const q = ours && star ? ours.build.wallSeconds / star.build.wallSeconds : undefined;
    lines.push(`| Build time per entry ≤ 0.5 × Starlight's at N = ${int(n)} | ${q === undefined ? '—' : `${q.toFixed(2)} ×`} | ${verdict(q === undefined ? undefined : q <= 0.5)} |`);
  }
  const [small, large] = [at(1000), at(10000)].map((r) => (r ? built(r, 'ours') : undefined));
  const growth = small && large ? large.build.wallSeconds / small.build.wallSeconds : undefined;
  lines.push(`| Build time at 10,000 ≤ 11 × the time at 1,000 | ${growth === undefined ? '—' : `${growth.toFixed(1)} ×`} | ${verdict(growth === undefined ? undefined : growth <= 11)} |`);
  lines.push(`| Peak memory ≤ 2 GiB at 10,000 | ${gib(large?.build.peakRss)} | ${verdict(large ? large.build.peakRss <= 2 * GiB : undefined)} |`);
  const all = results.map((r) => built(r, 'ours')?.bytes).filter((b): b is PageBytes => b !== undefined);
  const maxJs = all.length ? Math.max(...all.map((b) => b.js.max)) : undefined;
  const htmlCss = all.length ? { median: Math.max(...all.map((b) => b.htmlCss.median)), p95: Math.max(...all.map((b) => b.htmlCss.p95)), max: Math.max(...all.map((b) => b.htmlCss.max)) } : undefined;
  lines.push(`| 0 bytes of JS per content page | largest: ${kb(maxJs)} | ${verdict(maxJs === undefined ? undefined : maxJs === 0)} |`);
  lines.push(
    `| HTML + CSS ≤ 14 KB gzip per content page | median ${kb(htmlCss?.median)}, p95 ${kb(htmlCss?.p95)}, max ${kb(htmlCss?.max)} (worst size) | ${verdict(htmlCss === undefined ? undefined : htmlCss.max <= 14_000)}${htmlCss && htmlCss.max > 14_000 && htmlCss.p95 <= 14_000 ? ' for the largest pages; met at p95' : ''} |`,
  );
  const search = searchStat(large?.search, 'ui');
  lines.push(`| First search result ≤ 150 ms at 10,000 (search box) | median ${ms(search?.median)}, max ${ms(search?.max)} | ${verdict(search === undefined ? undefined : search.max <= 150)} |`);
  return lines;
}

/**
 * Build time against N: total, per entry, and the marginal cost of each entry added since the
 * previous size, which leaves out the fixed costs (start-up, bundling, Pagefind's own files).
 */
function scaling(results: SizeResult[]): string[] {
  const sorted = [...results].sort((a, b) => a.n - b.n);
  const wall = (r: SizeResult | undefined, site: Site) => (r ? built(r, site)?.build.wallSeconds : undefined);
  const marginal = (i: number, site: Site) => {
    const [a, b] = [wall(sorted[i - 1], site), wall(sorted[i], site)];
    return i > 0 && a !== undefined && b !== undefined ? ((b - a) * 1000) / ((sorted[i]?.n ?? 0) - (sorted[i - 1]?.n ?? 0)) : undefined;
  };
  return [
    '## Scaling',
    '',
    '| N | Ours | Starlight | Ours, per entry | Starlight, per entry | Ours, each added entry | Starlight, each added entry |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...sorted.map((r, i) => {
      const [o, s] = [wall(r, 'ours'), wall(r, 'starlight')];
      const per = (t: number | undefined) => (t === undefined ? undefined : (t * 1000) / r.n);
      return `| ${int(r.n)} | ${secs(o)} | ${secs(s)} | ${ms(per(o))} | ${ms(per(s))} | ${ms(marginal(i, 'ours'))} | ${ms(marginal(i, 'starlight'))} |`;
    }),
    '',
  ];
}

/** How the numbers were made, so that a reader can judge them without reading the code. */
function method(env: Environment): string[] {
  const sidebar =
    env.starlightSidebar === 'all'
      ? 'Starlight keeps its default sidebar, which lists every page on every page.'
      : 'Starlight gets four sidebar links, like our navigation (its default sidebar lists every page on every page, so its pages would grow with N).';
  return [
    '- `npm run bench` writes this file (`scripts/bench/run.ts`; `npm run bench -- --sizes 1000` for one size).',
    "- Each size is a synthetic corpus from `scripts/bench/corpus.ts`, checked against the site's own schemas and integrity",
    '  check: the four collections in the proportions of the real archive, programs in places, organisations at home in',
    '  places and taking part in programs, every fact quoting a sentence of its source verbatim.',
    `- Both sites build the same entries, one page each, cold (no \`dist/\` or content cache), one after the other, each once the machine is quiet. ${sidebar}`,
    '- Peak memory is the largest process\'s maximum RSS (GNU time). Pagefind time is a separate run of Pagefind\'s Node API',
    "  over each built site, with the repository's Pagefind; index size is the build's own `dist/pagefind`.",
    '- Content pages are the entry pages `/<collection>/<id>/`; their bytes are the HTML, its stylesheets and its scripts',
    '  (with their static imports), each gzip -9. JSON-LD blocks are data, not scripts.',
    '- Search runs in headless Chromium on a fresh page per query. "Search box": from typing the query to the frame',
    "  after the first result appears (Pagefind's UI in Starlight waits 300 ms after typing before it searches).",
    '  "API": `pagefind.search()` to the first result\'s data, once the engine has loaded.',
  ];
}

/** The results file: the environment, the method, the targets, the scaling, then one table per size. */
export function renderReport(env: Environment, results: SizeResult[]): string {
  return [
    '# Build benchmark: China AI Hubs against Starlight',
    '',
    `Measured on ${env.date} on ${env.cpu}, ${env.cores} cores, ${env.memoryGiB} GiB of memory; Node ${env.node}, Astro ${env.astro}` +
      `${env.starlight ? `, Starlight ${env.starlight}` : ''}${env.chromium ? `, Chromium ${env.chromium}` : ''}.`,
    '',
    ...method(env),
    '',
    '## Targets (issue 9)',
    '',
    ...targets(results),
    '',
    ...(results.length > 1 ? scaling(results) : []),
    ...results.flatMap(sizeTable),
  ].join('\n');
}
