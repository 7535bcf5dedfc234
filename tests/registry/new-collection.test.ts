// A new collection needs its entry in the registry and its schema module, nothing else: this test
// adds a made-up one ("events") to a copy of the real site over the base fixture, writing only those
// two files and the content, and checks that the integrity check, the build, the open data and the
// editor's JSON Schemas all take it up.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { astroEnv, siteFixture } from '../helpers/fixtures.ts';

const eventSchema = `import { z } from 'astro/zod';
import { citedTextSchema, entrySchema, nameSchema } from './entry.ts';
import { reference } from './ids.ts';

/** Something that happened in a place, as a source reports it. */
export const eventSchema = entrySchema({
  name: nameSchema.describe("The event's name."),
  place: reference('cities').describe('Where it happened (a place id).'),
  what: citedTextSchema.describe('What happened, with citations.'),
}).describe('Something that happened in a place, as a source reports it.');
`;

const event = (place: string) => `---
name: { en: Plan launch }
place: ${place}
what: { text: The city presented a plan., cite: [c1] }
citations:
  c1:
    source: daily-news
    quote: Die Stadt Testburg hat einen Plan in Höhe von einer Milliarde Yuan vorgestellt.
    translation: The city of Testburg has presented a plan worth one billion yuan.
---
`;

/** Adds "events" to the registry the way a developer would: its import, its name and its entry. */
function register(registry: string): string {
  const added = registry
    .replace(
      "import { sourceSchema } from './schemas/source.ts';",
      "$&\nimport { eventSchema } from './schemas/event.ts';",
    )
    .replace("'companies'] as const", "'companies', 'events'] as const")
    .replace(
      '} as const satisfies Record<CollectionName, CollectionInfo>;',
      `  events: {
    label: 'Event',
    plural: 'Events',
    pattern: ENTRY_PATTERN,
    schema: eventSchema,
    rendersBody: false,
    description: 'Things that happened in a place, as the sources report them.',
  },
$&`,
    );
  assert.equal((added.match(/events|eventSchema/g) ?? []).length, 4, 'the registry patch applied');
  return added;
}

const run = (dir: string, args: string[]) =>
  spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: astroEnv });

test('a made-up collection, added in the registry and its schema module only, is checked, built and exported', () => {
  const dir = siteFixture('base', ['scripts']);
  try {
    const before = run(dir, ['node_modules/astro/bin/astro.mjs', 'build']);
    assert.equal(before.status, 0, before.stderr);
    const pagesBefore = readFileSync(join(dir, 'dist', 'sitemap-0.xml'), 'utf8');

    writeFileSync(join(dir, 'src', 'schemas', 'event.ts'), eventSchema);
    const registryFile = join(dir, 'src', 'registry.ts');
    writeFileSync(registryFile, register(readFileSync(registryFile, 'utf8')));
    mkdirSync(join(dir, 'content', 'events'));
    writeFileSync(join(dir, 'content', 'events', 'launch.md'), event('testburg'));

    // The integrity check reads the new folder and checks its references like any other.
    writeFileSync(join(dir, 'content', 'events', 'broken.md'), event('nowhere'));
    const broken = run(dir, ['scripts/check-content.ts']);
    assert.equal(broken.status, 1);
    assert.match(broken.stdout, /content\/events\/broken\.md:3 place: .*nowhere/);
    rmSync(join(dir, 'content', 'events', 'broken.md'));

    const built = run(dir, ['node_modules/astro/bin/astro.mjs', 'build']);
    assert.equal(built.status, 0, `${built.stdout}\n${built.stderr}`);
    const exported = JSON.parse(readFileSync(join(dir, 'dist', 'data', 'events.json'), 'utf8')) as {
      collection: string;
      entries: { id: string; place: string; name: { en: string } }[];
    };
    assert.equal(exported.collection, 'events');
    assert.deepEqual(
      exported.entries.map((e) => [e.id, e.place, e.name.en]),
      [['launch', 'testburg', 'Plan launch']],
    );
    const combined = JSON.parse(readFileSync(join(dir, 'dist', 'data', 'china-ai-hubs.json'), 'utf8')) as {
      events: unknown[];
    };
    assert.equal(combined.events.length, 1);
    assert.ok(existsSync(join(dir, 'dist', 'data', 'events.schema.json')));
    assert.ok(existsSync(join(dir, 'dist', 'data', 'events.csv')));
    // The data page lists its downloads and documents its fields from the schema's descriptions.
    const dataPage = readFileSync(join(dir, 'dist', 'data', 'index.html'), 'utf8');
    assert.match(dataPage, /href="\/data\/events\.json"/);
    assert.match(dataPage, /Where it happened \(a place id\)\./);
    // The editor's JSON Schemas, generated from the registry, cover the new folder.
    const schemas = run(dir, ['scripts/schemas.ts']);
    assert.equal(schemas.status, 0, schemas.stderr);
    assert.match(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8'), /"content\/events\/\*\.md"/);
    const hints = readFileSync(join(dir, '.vscode', 'schemas', 'events.schema.json'), 'utf8');
    assert.match(hints, /Where it happened \(a place id\)\./);
    // The rest of the site is as it was.
    assert.equal(readFileSync(join(dir, 'dist', 'sitemap-0.xml'), 'utf8'), pagesBefore);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
