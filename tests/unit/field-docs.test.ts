// Each schema field is documented once, in its describe(): the JSON Schemas, the data dictionary and
// the editor's hover text all read that. A JSDoc comment beside it would be a second copy to drift.
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from '../helpers/paths.ts';

/** Fields introduced by a one-line JSDoc comment whose definition, up to the next field, calls describe(). */
function documentedTwice(text: string): string[] {
  const lines = text.split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    const doc = /^(\s*)\/\*\* .* \*\/$/.exec(line);
    const field = /^\s*([\w$]+)\??:\s/.exec(lines[i + 1] ?? '');
    if (!doc || !field) return;
    const indent = doc[1]?.length ?? 0;
    const next = lines.findIndex((l, k) => k > i + 1 && new RegExp(`^\\s{${indent}}[\\w$}/]`).test(l));
    const definition = lines.slice(i + 1, next < 0 ? undefined : next + 1).join('\n');
    if (definition.includes('.describe(')) found.push(`line ${i + 2}: ${field[1]}`);
  });
  return found;
}

test('no schema field carries a JSDoc comment beside its describe()', () => {
  const files = globSync('src/schemas/*.ts', { cwd: root });
  assert.ok(files.length >= 10);
  const twice = files.flatMap((file) =>
    documentedTwice(readFileSync(join(root, file), 'utf8')).map((where) => `${file} ${where}`),
  );
  assert.deepEqual(twice, []);
});

test('the detector finds a field documented twice', () => {
  const sample = "  /** The day. */\n  day: z.string().describe('The day.'),\n  other: z.string(),";
  assert.deepEqual(documentedTwice(sample), ['line 2: day']);
});
