import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/integrity/check.ts';
import { formatProblems } from '../../src/lib/integrity/problem.ts';
import { root } from './paths.ts';

export const fixtures = join(root, 'tests', 'integrity', 'fixtures');

/** A scratch folder inside the project (git-ignored), so symlinked node_modules resolve. */
export function scratch(prefix: string): string {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  return mkdtempSync(join(root, '.tmp', `${prefix}-`));
}

/** A folder holding the valid base content with one fixture's files laid over it. */
export function contentFixture(name: string): string {
  const dir = scratch(name);
  cpSync(join(fixtures, 'base'), dir, { recursive: true });
  if (name !== 'base') cpSync(join(fixtures, name), dir, { recursive: true });
  return dir;
}

/** The integrity check's report for a fixture, as the build prints it. */
export function reportFor(name: string): string {
  return formatProblems(checkContent(contentFixture(name)));
}

/** A fixture's content with the real site code laid over it, ready for Astro; `extra` names more files to copy. */
export function siteFixture(name: string, extra: readonly string[] = []): string {
  const dir = contentFixture(name);
  for (const item of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', ...extra]) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** The environment the fixture projects run Astro in: no telemetry, no colours in the output. */
export const astroEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** Builds the real site code over a fixture's content; returns the exit code, output and the project folder. */
export function buildFixture(name: string): { status: number | null; output: string; dir: string } {
  const dir = siteFixture(name);
  const astro = 'node_modules/astro/bin/astro.mjs';
  const result = spawnSync(process.execPath, [astro, 'build'], { cwd: dir, encoding: 'utf8', env: astroEnv });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dir };
}
