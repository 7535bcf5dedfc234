import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TIME = '/usr/bin/time';

/** What one build cost. */
export type BuildCost = {
  ok: boolean;
  /** Wall-clock seconds of `astro build`, from start to exit, Pagefind included. */
  wallSeconds: number;
  /** Peak resident memory of the largest process of the build, in bytes. */
  peakRss: number;
  /**
   * CPU seconds (user + system) of the build's processes, where GNU time gives them: steadier
   * than wall time when other work shares the machine, so better for comparing two variants.
   */
  cpuSeconds?: number;
  /** Seconds per phase, from Astro's own timer (ASTRO_TIMER_PATH): content sync, bundling, rendering. */
  phases: Record<string, number>;
  /** The machine's load (1-minute average) when the build started: other work skews the times. */
  load: number;
  /** Where the build's output went. */
  log: string;
};

/**
 * Waits until the machine is quiet (1-minute load average below 1), for at most `maxSeconds`:
 * on a small shared machine, a test run started by someone else can slow a build by half.
 */
export async function waitForQuiet(maxSeconds: number): Promise<number> {
  const deadline = Date.now() + maxSeconds * 1000;
  while ((loadavg()[0] ?? 0) >= 1 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 5000));
  return loadavg()[0] ?? 0;
}

/** Peak RSS sampled from /proc, for machines without GNU time: VmHWM is the kernel's own peak. */
function sampleHighWater(pid: number): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      peak = Math.max(peak, kb * 1024);
    } catch {
      // The process has exited between two samples.
    }
  }, 100);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/**
 * Runs a cold `astro build` in a project folder (no dist/ or content cache left from an earlier
 * run) and measures its wall time and peak memory, with GNU time where the machine has it.
 * `waitSeconds` is how long it may first wait for the machine to be quiet.
 */
export async function buildSite(project: string, astroBin: string, waitSeconds = 0): Promise<BuildCost> {
  // Astro resolves ASTRO_TIMER_PATH against the project folder, where the build runs.
  const dir = resolve(project);
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, cache), { recursive: true, force: true });
  const log = join(dir, 'build.log');
  const timerFile = join(dir, 'astro-timer.json');
  rmSync(timerFile, { force: true });
  const out = createWriteStream(log);
  const timed = existsSync(TIME);
  const command = timed ? [TIME, '-v', process.execPath, astroBin, 'build'] : [process.execPath, astroBin, 'build'];
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_TIMER_PATH: timerFile, NO_COLOR: '1', FORCE_COLOR: '0' };
  const load = await waitForQuiet(waitSeconds);
  const started = performance.now();
  const child = spawn(command[0] as string, command.slice(1), { cwd: dir, env });
  const highWater = timed ? undefined : sampleHighWater(child.pid as number);
  let text = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      out.write(chunk);
    });
  }
  const status = await new Promise<number | null>((done) => child.on('close', done));
  const wallSeconds = (performance.now() - started) / 1000;
  out.end();
  const cpu = ['User', 'System'].map((kind) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(text)?.[1] ?? Number.NaN));
  const stats = existsSync(timerFile) ? (JSON.parse(readFileSync(timerFile, 'utf8')) as Record<string, { elapsedTime: number }>) : {};
  return {
    ok: status === 0,
    wallSeconds,
    peakRss: timed ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] ?? 0) * 1024 : (highWater?.() ?? 0),
    ...(timed ? { cpuSeconds: (cpu[0] ?? 0) + (cpu[1] ?? 0) } : {}),
    phases: Object.fromEntries(Object.entries(stats).map(([name, stat]) => [name, stat.elapsedTime / 1000])),
    load,
    log,
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Bytes per content page, gzip: the HTML, the stylesheets and scripts it loads (cached per file). */
export type PageBytes = { pages: number; html: Summary; css: Summary; js: Summary; htmlCss: Summary };
export type Summary = { median: number; p95: number; max: number };

function summary(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Content pages are the entry pages, /<collection>/<id>/, not the collection indexes. */
const CONTENT_PAGE = /^(cities|programs|companies|sources)\/[^/]+\/index\.html$/;

/**
 * Measures what a first visit to each content page downloads before any interaction: the HTML,
 * its stylesheets, and its executable scripts with the modules they import statically (JSON-LD
 * data blocks are not scripts). Search code that loads only when a search starts is not counted.
 */
export function pageBytes(dist: string): PageBytes {
  const fileBytes = new Map<string, { size: number; imports: string[] }>();
  const asset = (href: string) => {
    const path = join(dist, href.split(/[?#]/)[0] as string);
    let entry = fileBytes.get(path);
    if (!entry) {
      const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
      const imports = [...text.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => new URL(m[1] as string, `http://x/${relative(dist, path)}`).pathname);
      entry = { size: gz(text), imports };
      fileBytes.set(path, entry);
    }
    return entry;
  };
  /** A module and everything it imports statically, each once. */
  const moduleBytes = (href: string, seen: Set<string>): number => {
    if (seen.has(href)) return 0;
    seen.add(href);
    const entry = asset(href);
    return entry.size + entry.imports.reduce((sum, next) => sum + moduleBytes(next, seen), 0);
  };
  const rows = walk(dist)
    .map((path) => relative(dist, path))
    .filter((path) => CONTENT_PAGE.test(path))
    .map((path) => {
      const html = readFileSync(join(dist, path), 'utf8');
      const css = [...html.matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*>/g)].reduce((sum, m) => sum + asset(/href="?([^"\s>]+)/.exec(m[0])?.[1] ?? '').size, 0);
      const seen = new Set<string>();
      let js = 0;
      for (const [tag, inline] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const type = /type="?([^"\s>]+)/.exec(tag ?? '')?.[1];
        if (type && type !== 'module' && type !== 'text/javascript') continue;
        const src = /src="?([^"\s>]+)/.exec(tag ?? '')?.[1];
        js += src ? moduleBytes(src, seen) : gz(inline ?? '');
      }
      const htmlBytes = gz(html);
      return { html: htmlBytes, css, js, htmlCss: htmlBytes + css };
    });
  return {
    pages: rows.length,
    html: summary(rows.map((r) => r.html)),
    css: summary(rows.map((r) => r.css)),
    js: summary(rows.map((r) => r.js)),
    htmlCss: summary(rows.map((r) => r.htmlCss)),
  };
}

/** Total bytes of a folder, such as dist/pagefind. */
export const folderBytes = (dir: string) => (existsSync(dir) ? walk(dir).reduce((sum, path) => sum + statSync(path).size, 0) : 0);

/**
 * Times Pagefind alone on a built site with its Node API, writing to a scratch folder: the same
 * work both builds do in their last step, measured the same way for both.
 */
export async function timePagefind(dist: string, scratch: string, pagefindModule: string): Promise<number> {
  const pagefind = (await import(pagefindModule)) as typeof import('pagefind');
  const started = performance.now();
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start.');
  await index.addDirectory({ path: dist });
  await index.writeFiles({ outputPath: scratch });
  const elapsed = (performance.now() - started) / 1000;
  await pagefind.close();
  rmSync(scratch, { recursive: true, force: true });
  return elapsed;
}
