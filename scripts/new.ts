// Scaffolds a new entry (see `usage`). The text comes from src/lib/scaffold.ts; this script only
// reads what exists, writes the file and says what to do next.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEntries } from '../src/lib/integrity/load.ts';
import { placeRow, scaffoldEntry, scaffoldRefusal, type ScaffoldCollection } from '../src/lib/scaffold.ts';

const usage = `Usage: npm run new -- <collection> <id> [--source <source id>]

  <collection>            cities, programs or companies (sources come from npm run ingest)
  <id>                    the new entry's id: lower-case words joined by hyphens
  --source <source id>    the archived source the first citation (c1) quotes
  --content-dir <dir>     the content folder (default: content)
  -h, --help              print this help and exit`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { source: { type: 'string' }, 'content-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const [collection, id, ...extra] = positionals;
if (collection === undefined || extra.length > 0) {
  process.stderr.write(`Give a collection and an id.\n\n${usage}\n`);
  process.exit(2);
}

const content = resolve(values['content-dir'] ?? 'content');
const { entries } = loadEntries(dirname(content), basename(content));
const sources = entries.filter((e) => e.collection === 'sources');
const folder = join(content, collection);
const existingIds = existsSync(folder) ? readdirSync(folder).map((name) => name.replace(/\.mdx?$/, '')) : [];
const sourceIds = sources.map((s) => s.id);
const refusal = scaffoldRefusal({ collection, id, existingIds, source: values.source, sourceIds });
if (refusal !== undefined || id === undefined) {
  process.stderr.write(`${refusal}\n`);
  process.exit(1);
}

const source = sources.find((s) => s.id === values.source);
const sourceLanguage = (source?.data as { language?: unknown } | undefined)?.language;
const file = join(folder, `${id}.md`);
mkdirSync(folder, { recursive: true });
const text = scaffoldEntry(collection as ScaffoldCollection, {
  source: values.source,
  sourceLanguage: typeof sourceLanguage === 'string' ? sourceLanguage : undefined,
});
writeFileSync(file, text, { flag: 'wx' });
const shown = relative(process.cwd(), file);
process.stdout.write(`Wrote ${shown}. Fill every blank the comments describe, then run npm run check:content.\n`);
if (collection === 'cities') {
  const places = relative(process.cwd(), join(content, 'places.yaml'));
  process.stdout.write(`\nA place also needs reference data: add these lines under places: in ${places}\n\n`);
  process.stdout.write(placeRow(id));
}
