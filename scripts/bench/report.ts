import type { CollectionName } from '../../src/registry.ts';
import type { describeCorpus } from './corpus.ts';
import type { BuildCost, PageBytes, Summary } from './measure.ts';
import type { QueryTime, Site } from './search-timing.ts';

/** Everything measured for one site at one size. */
export type SiteResult = { build: BuildCost; htmlPages: number; bytes?: PageBytes; pagefindSeconds?: number; pagefindBytes?: number; search?: QueryTime[] };

/** Everything measured at one size. */
export type SizeResult = {
  n: number;
  counts: Record<CollectionName, number>;
  /** What the corpus holds beyond its counts: Chinese sources, programs with each term. */
  corpus?: ReturnType<typeof describeCorpus>;
  integritySeconds: number;
  sites: Partial<Record<Site, SiteResult>>;
};

/** The machine and the versions, printed above the tables. */
export type Environment = {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  astro: string;
  pagefind?: string;
  starlight?: string;
  /** Which sidebar the Starlight site has (see scripts/bench/starlight.ts). */
  starlightSidebar?: 'links' | 'all';
  /** The largest size at which Starlight is built. */
  starlightUpTo?: number;
  /** How long each build and search timing waited at most for the machine to be quiet, in seconds. */
  quietWait?: number;
  chromium?: string;
};

const SITES = ['ours', 'starlight', 'floor'] as const;
const GiB = 1024 ** 3;
/** The page-weight target: 14 KB, as 14,000 bytes of HTML and CSS after gzip. */
const PAGE_LIMIT = 14_000;

const int = (n: number) => Math.round(n).toLocaleString('en');
const secs = (s: number | undefined) => (s === undefined ? '—' : `${s.toFixed(1)} s`);
const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '—' : `${int(v)} ms`);
const kb = (bytes: number | undefined) => (bytes === undefined ? '—' : bytes === 0 ? '0 B' : `${(bytes / 1000).toFixed(1)} KB`);
const mb = (bytes: number | undefined) => (bytes === undefined ? '—' : `${(bytes / 1e6).toFixed(1)} MB`);
const gib = (bytes: number | undefined) => (bytes === undefined ? '—' : `${(bytes / GiB).toFixed(2)} GiB`);
const pair = (s: Pick<Summary, 'median' | 'max'> | undefined, format: (v: number) => string) => (s ? `${format(s.median)} / ${format(s.max)}` : '—');
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 || Number.isNaN(a) || Number.isNaN(b) ? '—' : (a / b).toFixed(2));
const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Whether a query is Chinese: the issue's search targets count English and Chinese queries apart. */
export const isChineseQuery = (query: string) => /\p{Script=Han}/u.test(query);
type QueryLanguage = 'en' | 'zh';
const ofLanguage = (times: QueryTime[] | undefined, language: QueryLanguage | undefined) =>
  language === undefined ? times : times?.filter((t) => isChineseQuery(t.query) === (language === 'zh'));

/** Median and maximum over the queries that showed a result (a query that timed out is NaN), and how many showed none. */
function searchStat(times: QueryTime[] | undefined, key: 'ui' | 'api', language?: QueryLanguage) {
  const all = ofLanguage(times, language)?.map((t) => t[key]);
  const found = all?.filter((v) => !Number.isNaN(v));
  return found && found.length > 0 ? { median: medianOf(found), max: Math.max(...found), missing: (all?.length ?? 0) - found.length, count: all?.length ?? 0 } : undefined;
}

/** A site's build, or undefined when it failed: a failed build's numbers measure nothing. */
const built = (result: SizeResult | undefined, site: Site) => (result?.sites[site]?.build.ok ? result.sites[site] : undefined);

/** One row: the three sites' figures and ours against Starlight and the floor, and Starlight against the floor. */
function row(label: string, result: SizeResult, value: (s: SiteResult) => number | undefined, format: (v: number | undefined) => string, withRatios = true): string {
  const [o, s, f] = SITES.map((site) => {
    const r = built(result, site);
    return r ? value(r) : undefined;
  });
  const ratios = withRatios ? [ratio(o, s), ratio(o, f), ratio(s, f)] : ['', '', ''];
  return `| ${label} | ${format(o)} | ${format(s)} | ${format(f)} | ${ratios.join(' | ')} |`;
}

function sizeTable(result: SizeResult): string[] {
  const sites = Object.fromEntries(SITES.map((site) => [site, built(result, site)])) as Record<Site, SiteResult | undefined>;
  const failed = SITES.filter((site) => result.sites[site] && !result.sites[site]?.build.ok);
  const c = result.counts;
  const d = result.corpus;
  const perEntry = (s: SiteResult) => (s.build.wallSeconds * 1000) / result.n;
  const summaryRow = (label: string, pick: (b: PageBytes) => Summary) => {
    const cell = (s: SiteResult | undefined) => (s?.bytes ? pair(pick(s.bytes), kb) : '—');
    const m = (s: SiteResult | undefined) => (s?.bytes ? pick(s.bytes).median : undefined);
    return `| ${label} | ${cell(sites.ours)} | ${cell(sites.starlight)} | ${cell(sites.floor)} | ${ratio(m(sites.ours), m(sites.starlight))} | ${ratio(m(sites.ours), m(sites.floor))} | ${ratio(m(sites.starlight), m(sites.floor))} |`;
  };
  const searchRow = (label: string, key: 'ui' | 'api', language: QueryLanguage) => {
    const stats = SITES.map((site) => searchStat(sites[site]?.search, key, language));
    const cell = (i: number) => {
      const s = stats[i];
      return s ? `${pair(s, ms)}${s.missing > 0 ? ` (${s.missing} of ${s.count} found nothing)` : ''}` : sites[SITES[i] as Site]?.search ? 'no result' : '—';
    };
    const [o, s, f] = stats.map((x) => x?.median);
    return `| ${label} | ${cell(0)} | ${cell(1)} | ${cell(2)} | ${ratio(o, s)} | ${ratio(o, f)} | ${ratio(s, f)} |`;
  };
  const lines = [
    `## N = ${int(result.n)}`,
    '',
    `${int(c.sources)} sources, ${int(c.cities)} places, ${int(c.programs)} programs, ${int(c.companies)} organisations. Our integrity check alone: ${secs(result.integritySeconds)}.`,
    ...(d
      ? [
          '',
          `Corpus: ${int(d.chineseSources)} of ${int(c.sources)} sources in Chinese; programs with a document ${int(d.programsWith.document ?? 0)}, voucher kinds ${int(d.programsWith.voucherKinds ?? 0)}, pools ${int(d.programsWith.pool ?? 0)}, caps ${int(d.programsWith.caps ?? 0)}, rates ${int(d.programsWith.rates ?? 0)}, take-up ${int(d.programsWith.takeUp ?? 0)}, roles ${int(d.programsWith.roles ?? 0)}, relations ${int(d.programsWith.relations ?? 0)}.`,
        ]
      : []),
    ...failed.map((site) => `\n**The ${site} build failed**; its log: \`${result.sites[site]?.build.log}\`.`),
    '',
    '| Measure | Ours | Starlight | Floor | Ours / Starlight | Ours / floor | Starlight / floor |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row('HTML pages built', result, (s) => s.htmlPages, (v) => (v === undefined ? '—' : int(v))),
    row('Machine load when the build started (1-minute average)', result, (s) => s.build.load, (v) => (v === undefined ? '—' : v.toFixed(2)), false),
    row('Build wall time (Pagefind included)', result, (s) => s.build.wallSeconds, secs),
    row('Build time per entry', result, perEntry, ms),
    row('Build CPU time (user + system)', result, (s) => s.build.cpuSeconds, secs),
    row('Peak memory (RSS of the largest process)', result, (s) => s.build.peakRss, gib),
    summaryRow('HTML per content page, gzip (median / max)', (b) => b.html),
    summaryRow('CSS per content page, gzip (median / max)', (b) => b.css),
    summaryRow('JS per content page, gzip (median / max)', (b) => b.js),
    summaryRow('HTML + CSS per content page, gzip (median / max)', (b) => b.htmlCss),
    row('HTML + CSS per content page, gzip, p95', result, (s) => s.bytes?.htmlCss.p95, kb),
    row('Pagefind time', result, (s) => s.pagefindSeconds, secs),
    row('Pagefind index size (dist/pagefind)', result, (s) => s.pagefindBytes, mb),
    searchRow('First search result, search box, English queries (median / max)', 'ui', 'en'),
    searchRow('First search result, search box, Chinese queries (median / max)', 'ui', 'zh'),
    searchRow("First search result, Pagefind's API, English queries (median / max)", 'api', 'en'),
    searchRow("First search result, Pagefind's API, Chinese queries (median / max)", 'api', 'zh'),
    '',
  ];
  const phases = [...new Set(SITES.flatMap((site) => Object.keys(sites[site]?.build.phases ?? {})))].filter((p) => p !== 'Total build');
  if (phases.length > 0) {
    const rest = (s: SiteResult | undefined) => (s ? s.build.wallSeconds - phases.reduce((sum, p) => sum + (s.build.phases[p] ?? 0), 0) : undefined);
    lines.push(
      "Build phases, from Astro's own timer (`ASTRO_TIMER_PATH`):",
      '',
      '| Phase | Ours | Starlight | Floor |',
      '|---|---:|---:|---:|',
      ...phases.map((p) => `| ${p} | ${SITES.map((site) => secs(sites[site]?.build.phases[p])).join(' | ')} |`),
      `| Everything else: start-up, config hooks (our integrity check), Pagefind, exit | ${SITES.map((site) => secs(rest(sites[site]))).join(' | ')} |`,
      '',
    );
  }
  const queries = [...new Set(SITES.flatMap((site) => sites[site]?.search?.map((t) => t.query) ?? []))];
  if (queries.length > 0) {
    const find = (site: Site, query: string) => sites[site]?.search?.find((t) => t.query === query);
    const three = (query: string, cell: (t: QueryTime | undefined) => string) => SITES.map((site) => cell(find(site, query))).join(' / ');
    lines.push(
      'Search, per query (median of the repeats; results as Pagefind counts them; "—" where no result showed within 10 s):',
      '',
      '| Query | Language | Results: ours / Starlight / floor | Search box: ours / Starlight / floor | API: ours / Starlight / floor |',
      '|---|---|---:|---:|---:|',
      ...queries.map((q) => `| ${q} | ${isChineseQuery(q) ? 'Chinese' : 'English'} | ${three(q, (t) => (t ? int(t.results) : '—'))} | ${three(q, (t) => ms(t?.ui))} | ${three(q, (t) => ms(t?.api))} |`),
      '',
    );
  }
  return lines;
}

/** The result at size n, or, to show something, the largest size run below it. */
function atOrBelow(results: SizeResult[], n: number): { result?: SizeResult; fallback?: SizeResult } {
  const exact = results.find((r) => r.n === n);
  if (exact) return { result: exact };
  const below = [...results].filter((r) => r.n < n).sort((a, b) => b.n - a.n)[0];
  return below ? { fallback: below } : {};
}

const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : '**missed**');

/** One line per target of issue 16, with what was measured and whether it is met. */
export function targets(results: SizeResult[]): string[] {
  const lines = ['| Target | Measured | Verdict |', '|---|---|---|'];
  /** A measured text for size n, or "not run" with the figure at the largest smaller size. */
  const measured = (n: number, text: (r: SizeResult) => string | undefined) => {
    const { result, fallback } = atOrBelow(results, n);
    if (result) return { text: text(result) ?? '—', result };
    return { text: fallback ? `not run at ${int(n)} (at ${int(fallback.n)}: ${text(fallback) ?? '—'})` : `not run at ${int(n)}` };
  };

  for (const [label, key] of [
    ['Build wall time', 'wallSeconds'],
    ['Build CPU time', 'cpuSeconds'],
  ] as const) {
    for (const n of [1000, 5000, 10000]) {
      const q = (r: SizeResult) => {
        const [o, s] = [built(r, 'ours')?.build[key], built(r, 'starlight')?.build[key]];
        return o !== undefined && s !== undefined && s > 0 ? o / s : undefined;
      };
      const text = (r: SizeResult) => {
        const value = q(r);
        const [o, s, f] = SITES.map((site) => built(r, site)?.build[key]);
        if (value === undefined) return undefined;
        return `${value.toFixed(2)} × (ours ${secs(o)}, Starlight ${secs(s)}, floor ${secs(f)}; ours / floor ${ratio(o, f)} ×); aim 0.7 × ${value <= 0.7 ? 'met' : 'not met'}`;
      };
      const m = measured(n, text);
      const value = m.result ? q(m.result) : undefined;
      lines.push(`| ${label} ≤ 1.0 × Starlight's at ${int(n)} (aim 0.7 ×) | ${m.text} | ${verdict(value === undefined ? undefined : value <= 1)} |`);
    }
  }

  const rss = (r: SizeResult) => built(r, 'ours')?.build.peakRss;
  const memory = measured(10000, (r) => (rss(r) === undefined ? undefined : `${gib(rss(r))} (floor ${gib(built(r, 'floor')?.build.peakRss)}, Starlight ${gib(built(r, 'starlight')?.build.peakRss)})`));
  const peak = memory.result ? rss(memory.result) : undefined;
  lines.push(`| Peak memory (RSS) ≤ 2 GiB at 10,000 | ${memory.text} | ${verdict(peak === undefined ? undefined : peak <= 2 * GiB)} |`);
  const large = results.find((r) => r.n === 20000);
  lines.push(
    `| Peak memory at 20,000 (reported, no target) | ${large ? `${gib(rss(large))} (floor ${gib(built(large, 'floor')?.build.peakRss)}${built(large, 'starlight') ? `, Starlight ${gib(built(large, 'starlight')?.build.peakRss)}` : ''})` : 'not run (`--sizes …,20000`)'} | ${large ? (rss(large) === undefined ? 'not measured' : 'reported') : 'not measured'} |`,
  );

  for (const [language, label] of [
    ['en', 'English'],
    ['zh', 'Chinese'],
  ] as const) {
    const stat = (r: SizeResult) => searchStat(built(r, 'ours')?.search, 'ui', language);
    const text = (r: SizeResult) => {
      const s = stat(r);
      if (!s) return built(r, 'ours')?.search ? 'no query showed a result' : undefined;
      return `median ${ms(s.median)}, max ${ms(s.max)} over ${s.count} ${s.count === 1 ? 'query' : 'queries'}${s.missing > 0 ? `; ${s.missing} found nothing` : ''}`;
    };
    const m = measured(10000, text);
    const s = m.result ? stat(m.result) : undefined;
    const searched = m.result && built(m.result, 'ours')?.search;
    const ok = s ? s.median <= 150 && s.max <= 300 && s.missing === 0 : searched ? false : undefined;
    lines.push(`| First search result in the search box at 10,000, ${label} queries: median ≤ 150 ms, max ≤ 300 ms | ${m.text} | ${verdict(ok)} |`);
  }

  const bytes = (r: SizeResult) => built(r, 'ours')?.bytes?.htmlCss;
  const page = measured(10000, (r) => {
    const b = bytes(r);
    return b ? `largest ${kb(b.max)} (median ${kb(b.median)}, p95 ${kb(b.p95)}; floor's largest ${kb(built(r, 'floor')?.bytes?.htmlCss.max)})` : undefined;
  });
  const largest = page.result ? bytes(page.result)?.max : undefined;
  lines.push(`| Every content page ≤ 14 KB HTML + CSS, gzip, at 10,000 (the largest page) | ${page.text} | ${verdict(largest === undefined ? undefined : largest <= PAGE_LIMIT)} |`);
  return lines;
}

/**
 * Build time against N: total, per entry, and the marginal cost of each entry added since the
 * previous size, which leaves out the fixed costs (start-up, bundling, Pagefind's own files).
 */
function scaling(results: SizeResult[]): string[] {
  const sorted = [...results].sort((a, b) => a.n - b.n);
  const wall = (r: SizeResult | undefined, site: Site) => built(r, site)?.build.wallSeconds;
  const marginal = (i: number, site: Site) => {
    const [a, b] = [wall(sorted[i - 1], site), wall(sorted[i], site)];
    return i > 0 && a !== undefined && b !== undefined ? ((b - a) * 1000) / ((sorted[i]?.n ?? 0) - (sorted[i - 1]?.n ?? 0)) : undefined;
  };
  return [
    '## Scaling',
    '',
    '| N | Ours | Starlight | Floor | Ours / Starlight | Ours / floor | Per entry: ours / Starlight / floor | Each added entry: ours / Starlight / floor |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...sorted.map((r, i) => {
      const [o, s, f] = SITES.map((site) => wall(r, site));
      const per = (t: number | undefined) => ms(t === undefined ? undefined : (t * 1000) / r.n);
      return `| ${int(r.n)} | ${secs(o)} | ${secs(s)} | ${secs(f)} | ${ratio(o, s)} | ${ratio(o, f)} | ${[o, s, f].map(per).join(' / ')} | ${SITES.map((site) => ms(marginal(i, site))).join(' / ')} |`;
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
    '  check: the four collections, source languages and types and the programs\' policy terms (documents, pools, caps,',
    '  rate tiers, take-up, roles, relations) in the proportions of the real content (`scripts/bench/real-shares.ts`),',
    '  every fact quoting a sentence of its source verbatim, most of them Chinese with an English translation.',
    `- Three sites build the same entries, one page each, cold (no \`dist/\` or content cache), one after the other, each once the machine is quiet (load below 1, waiting at most ${env.quietWait ?? 600} s). ${sidebar}${env.starlightUpTo ? ` Starlight is built up to N = ${int(env.starlightUpTo)}.` : ''}`,
    '- The floor (`scripts/bench/floor.ts`) is a bare Astro site: one collection read by the glob loader, one page per entry',
    '  with its title and its Markdown body as plain HTML (no layout, no CSS), Pagefind run after the build, and a search',
    "  page on Pagefind's JS API that loads the engine first and draws the first result's title. It is what any Astro site",
    '  pays for these pages; ours and Starlight build more per page (ours: the facts, terms, quotes and relations).',
    "- Peak memory is the largest process's maximum RSS (GNU time). Pagefind time is a separate run of Pagefind's Node API",
    "  over each built site, with the repository's Pagefind; index size is the build's own `dist/pagefind`.",
    '- Content pages are the entry pages `/<collection>/<id>/`; their bytes are the HTML, its stylesheets and its scripts',
    '  (with their static imports), each gzip -9. JSON-LD blocks are data, not scripts. 14 KB is 14,000 bytes.',
    '- Search runs in headless Chromium on a fresh page per query. "Search box": from typing the query to the frame',
    "  after the first result appears (Pagefind's UI in Starlight waits 300 ms after typing before it searches).",
    '  "API": `pagefind.search()` to the first result\'s data, once the engine has loaded. English and Chinese queries',
    '  are reported apart. Our site splits Chinese into characters for Pagefind; Starlight and the floor leave Pagefind',
    '  its default, which on English pages indexes a run of Chinese as one word, so Chinese queries find little there.',
  ];
}

/** The results file: the environment, the method, the targets, the scaling, then one table per size. */
export function renderReport(env: Environment, results: SizeResult[]): string {
  const versions = [
    `Node ${env.node}`,
    `Astro ${env.astro}`,
    ...(env.starlight ? [`Starlight ${env.starlight}`] : []),
    ...(env.pagefind ? [`Pagefind ${env.pagefind}`] : []),
    ...(env.chromium ? [`Chromium ${env.chromium}`] : []),
  ];
  return [
    '# Build benchmark: China AI Hubs against Starlight and a bare Astro floor',
    '',
    `Measured on ${env.date} on ${env.cpu}, ${env.cores} cores, ${env.memoryGiB} GiB of memory; ${versions.join(', ')}.`,
    '',
    ...method(env),
    '',
    '## Targets (issue 16)',
    '',
    ...targets(results),
    '',
    ...(results.length > 1 ? scaling(results) : []),
    ...results.flatMap(sizeTable),
  ].join('\n');
}
