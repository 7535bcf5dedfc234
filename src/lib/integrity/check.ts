import { compileSync } from '@mdx-js/mdx';
import { distance } from 'fastest-levenshtein';
import { schemas } from '../../registry.ts';
import { idSchema, type Reference } from '../../schemas/ids.ts';
import { collectionNames, type CollectionName } from '../../registry.ts';
import { placesFileSchema } from '../../schemas/places.ts';
import { ratesSchema } from '../../schemas/money.ts';
import { citeMarkers } from '../cite-markers.ts';
import { closestPassage, type ClosestPassage } from '../find-quote.ts';
import { splitBlocks, type Block } from '../source-text.ts';
import { loadEntries, loadYamlFile, type RawEntry } from './load.ts';
import { formatPath, type Problem } from './problem.ts';
import { quoteFinder } from './quotes.ts';
import { describeIssue } from './zod-issues.ts';
import { checkFigures } from './figure-check.ts';
import { guessesAgainstNotes } from './note-check.ts';
import { parseParts } from './parse-parts.ts';

type Parsed = RawEntry & { value: Record<string, unknown> };

const validId = (id: string) => idSchema.safeParse(id).success;

/** Every `{ collection, id }` reference in parsed data, with its path. */
function* references(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], Reference]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* references(item, [...path, index]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (
      keys.length === 2 &&
      typeof record.id === 'string' &&
      collectionNames.includes(record.collection as CollectionName)
    ) {
      yield [path, record as Reference];
      return;
    }
    for (const key of keys) yield* references(record[key], [...path, key]);
  }
}

/** Text from `from` to `to`, with "…" where it was cut. */
const excerpt = (text: string, from: number, to: number) =>
  `${from > 0 ? '…' : ''}${text.slice(Math.max(0, from), to)}${to < text.length ? '…' : ''}`;

/**
 * A passage near a quote, shortened around where it differs so a change near the end of a long
 * passage still shows, and the archived words at that point.
 */
function describePassage(near: ClosestPassage | undefined): string {
  if (!near) return '(¶?): ""';
  const { block, text, differsAt: at } = near;
  const where = at < text.length ? `"${excerpt(text, at, at + 12)}"` : 'its end';
  return `(¶${block.n}): "${excerpt(text, at - 30, at + 50)}", which differs at ${where}`;
}

/**
 * Checks all content at once and returns every problem: schema violations, unknown files,
 * duplicate ids, dangling references, quotes missing from their source, loops in place parents,
 * citation markers in bodies, and the reference data files.
 */
export function checkContent(root: string, contentDir = 'content'): Problem[] {
  const { entries, problems } = loadEntries(root, contentDir);
  const error = (file: string, field: string, message: string, line?: number) =>
    problems.push({ severity: 'error', file, field, message, ...(line ? { line } : {}) });

  // 1. Schemas, entry by entry, collecting every issue rather than stopping at the first.
  const parsed: Parsed[] = [];
  for (const entry of entries) {
    if (!validId(entry.id)) {
      error(
        entry.file,
        '(file)',
        `The file name gives the id "${entry.id}", which is not a valid id. Fix: rename the file to lower-case letters, digits and hyphens, such as "${entry.id
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')}".`,
      );
    }
    if (entry.data === undefined) continue;
    const schema = schemas[entry.collection];
    const result = schema.safeParse(entry.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { path, message } = describeIssue(issue, schema, entry.data);
        error(entry.file, formatPath(path), message, entry.lineOf(path));
      }
      // The fields that do parse are still checked below, so one schema error hides nothing else.
      parsed.push({ ...entry, value: parseParts(schema, entry.data) });
      continue;
    }
    parsed.push({ ...entry, value: result.data as Record<string, unknown> });
  }

  // MDX bodies must compile, or the build would fail later, after pages were written.
  for (const entry of entries.filter((e) => e.file.endsWith('.mdx'))) {
    try {
      compileSync(entry.body);
    } catch (cause) {
      const reason = (cause as Error).message;
      // The MDX compiler puts the position only into its message: "… (3:1-3:8)".
      const line = Number(/\((\d+):\d+/.exec(reason)?.[1] ?? 0);
      error(
        entry.file,
        '(body)',
        `The MDX does not compile: ${reason}. Fix: close every tag you open, escape "<" and "{" in text as "\\<" and "\\{", or rename the file to .md if it embeds no component.`,
        line ? entry.bodyLine + line - 1 : undefined,
      );
    }
  }

  // 2. Ids are unique per collection, across .md and .mdx.
  const byKey = new Map<string, RawEntry>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    const first = byKey.get(key);
    if (first) {
      error(
        entry.file,
        '(file)',
        `Duplicate id "${entry.id}" in ${entry.collection}: ${first.file} has it too. Fix: rename or remove one of the two files.`,
      );
    } else byKey.set(key, entry);
  }
  const ids = (collection: CollectionName) => entries.filter((e) => e.collection === collection).map((e) => e.id);

  // 3. References point at entries of the right collection.
  for (const entry of parsed) {
    for (const [path, ref] of references(entry.value)) {
      if (byKey.has(`${ref.collection}/${ref.id}`)) continue;
      const elsewhere = collectionNames.find((c) => byKey.has(`${c}/${ref.id}`));
      const known = ids(ref.collection);
      const guess = known.map((id) => [id, distance(id, ref.id)] as const).sort((a, b) => a[1] - b[1])[0];
      const message = elsewhere
        ? `"${ref.id}" is an entry of ${elsewhere}, but this field takes an entry of ${ref.collection}. Fix: give the id of one of the ${ref.collection}${guess ? `, such as "${guess[0]}"` : ''}.`
        : `References "${ref.id}" in ${ref.collection}, which has no such entry. Fix: ${guess && guess[1] <= 3 ? `did you mean "${guess[0]}"? ` : ''}use an existing id or add content/${ref.collection}/${ref.id}.md.`;
      error(entry.file, formatPath(path), message, entry.lineOf(path));
    }
  }

  // 4. Sources: archived text present; quotes found in the cited source.
  const sources = new Map<string, { entry: Parsed; blocks: Block[]; find: ReturnType<typeof quoteFinder> }>();
  for (const entry of parsed.filter((e) => e.collection === 'sources')) {
    const blocks = splitBlocks(entry.body);
    if (blocks.length === 0)
      error(
        entry.file,
        '(body)',
        'The archived text is empty. Fix: put the cleaned article text below the frontmatter (run npm run ingest).',
      );
    sources.set(entry.id, { entry, blocks, find: quoteFinder(blocks) });
  }
  const cited = new Set<string>();
  for (const entry of parsed) {
    const citations = (entry.value.citations ?? {}) as Record<
      string,
      { source: Reference; quote: string; translation?: string }
    >;
    for (const [key, citation] of Object.entries(citations)) {
      const source = sources.get(citation.source.id);
      // A missing source was reported as a dangling reference, an empty one as such.
      if (!source || source.blocks.length === 0) continue;
      cited.add(citation.source.id);
      const path = ['citations', key, 'quote'];
      if (!source.find(citation.quote)) {
        const other = [...sources.values()].find((s) => s !== source && s.find(citation.quote));
        const near = closestPassage(source.blocks, citation.quote);
        error(
          entry.file,
          formatPath(path),
          other
            ? `The quote is not in source "${citation.source.id}" but in "${other.entry.id}". Fix: set citations.${key}.source to "${other.entry.id}".`
            : `The quote is not in source "${citation.source.id}" (${source.entry.file}). Closest passage ${describePassage(near)}. Fix: copy the passage exactly as the archived text has it.`,
          entry.lineOf(path),
        );
      }
      const language = String(source.entry.value.language);
      if (!citation.translation && !/^en(-|$)/.test(language)) {
        const at = ['citations', key];
        error(
          entry.file,
          formatPath(at),
          `The quote is in "${language}" but has no translation. Fix: add an English translation as citations.${key}.translation.`,
          entry.lineOf(at),
        );
      }
    }
    // Figures agree with the words of their quotes.
    const quotes = Object.fromEntries(Object.entries(citations).map(([key, c]) => [key, { quote: c.quote }]));
    for (const problem of checkFigures(entry.value, quotes)) {
      error(entry.file, formatPath(problem.path), problem.message, entry.lineOf(problem.path));
    }
    for (const problem of guessesAgainstNotes(entry.value)) {
      error(entry.file, formatPath(problem.path), problem.message, entry.lineOf(problem.path));
    }
    // 5. Citation markers in the body name defined citations.
    // Markers are checked against the keys written, even where a citation failed its schema.
    const written = (entry.data as { citations?: Record<string, unknown> } | undefined)?.citations ?? citations;
    for (const { key, line } of citeMarkers(entry.body)) {
      if (!(key in written)) {
        error(
          entry.file,
          '(body)',
          `The marker [@${key}] names no citation. Fix: add "${key}" under citations or use one of: ${Object.keys(written).join(', ') || '(none defined)'}.`,
          entry.bodyLine + line - 1,
        );
      }
    }
  }
  for (const [id, { entry }] of sources) {
    if (!cited.has(id))
      problems.push({
        severity: 'warning',
        file: entry.file,
        field: '(file)',
        message: `No entry cites source "${id}". Fix: cite it from the entries it supports, or remove it.`,
      });
  }

  // 6. Place parents form a tree.
  const parents = new Map(
    parsed.filter((e) => e.collection === 'cities').map((e) => [e.id, (e.value.parent as Reference | undefined)?.id]),
  );
  for (const entry of parsed.filter((e) => e.collection === 'cities')) {
    const seen = [entry.id];
    for (let at = parents.get(entry.id); at; at = parents.get(at)) {
      if (seen.includes(at)) {
        error(
          entry.file,
          'parent',
          `The parent chain loops: ${[...seen, at].join(' → ')}. Fix: give one of these places a parent outside the loop.`,
          entry.lineOf(['parent']),
        );
        break;
      }
      seen.push(at);
    }
  }

  // 7. Reference data: rates, and names and coordinates for every place.
  const rates = loadYamlFile(root, `${contentDir}/rates.yaml`);
  problems.push(...rates.problems);
  if (rates.data !== undefined)
    validateFile(problems, `${contentDir}/rates.yaml`, ratesSchema, rates.data, rates.lineOf);
  const placesFile = `${contentDir}/places.yaml`;
  const places = loadYamlFile(root, placesFile);
  problems.push(...places.problems);
  const placeData =
    places.data !== undefined
      ? validateFile(problems, placesFile, placesFileSchema, places.data, places.lineOf)
      : undefined;
  if (placeData) {
    const cityIds = new Set(ids('cities'));
    for (const entry of entries.filter((e) => e.collection === 'cities' && validId(e.id))) {
      if (!(entry.id in placeData.places))
        error(
          placesFile,
          `places.${entry.id}`,
          `The place "${entry.id}" (${entry.file}) has no reference data. Fix: add its Chinese name, pinyin and coordinates under places.${entry.id}.`,
        );
    }
    for (const id of Object.keys(placeData.places)) {
      if (!cityIds.has(id))
        error(
          placesFile,
          `places.${id}`,
          `"${id}" is not a city entry. Fix: add content/cities/${id}.md or remove the record.`,
          places.lineOf(['places', id]),
        );
    }
  }
  return problems;
}

function validateFile<S extends typeof ratesSchema | typeof placesFileSchema>(
  problems: Problem[],
  file: string,
  schema: S,
  data: unknown,
  lineOf: RawEntry['lineOf'],
) {
  const result = schema.safeParse(data);
  if (result.success) return result.data as ReturnType<S['parse']>;
  for (const issue of result.error.issues) {
    const { path, message } = describeIssue(issue, schema, data);
    problems.push({
      severity: 'error',
      file,
      field: formatPath(path),
      message,
      ...(lineOf(path) ? { line: lineOf(path) as number } : {}),
    });
  }
  return undefined;
}
