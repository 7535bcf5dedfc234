import { globSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CORE_SCHEMA, load, type YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { collectionNames, collections, type CollectionName } from '../../registry.ts';
import type { Problem } from './problem.ts';

/** A content file as read from disk, before validation. */
export type RawEntry = {
  collection: CollectionName;
  /** Its id: the path below the collection folder, without extension. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** The parsed frontmatter (undefined when the YAML is malformed). */
  data: unknown;
  /** The text after the frontmatter. */
  body: string;
  /** The line of the file on which the body starts. */
  bodyLine: number;
  /** Finds the line of a field path in the file, when the YAML gives one. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The whole file as read. */
  text: string;
};

/** The first line of a YAML error without its own position, which counts from the frontmatter, not the file. */
const yamlReason = (message: string) => (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');

/** Line of a node path in a YAML document, shifted by the lines before the frontmatter. */
function lineFinder(doc: Document, counter: LineCounter, firstLine: number) {
  return (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as
        { range?: [number, number, number] } | undefined;
      const offset = node?.range?.[0];
      if (offset !== undefined) return counter.linePos(offset).line + firstLine - 1;
      // A key whose value is missing has no node: point at the key's parent instead.
    }
    return undefined;
  };
}

/** What reading one entry file gives: the entry, and the problem that keeps its frontmatter from being read. */
type FileRead = { entry: Omit<RawEntry, 'collection' | 'id'>; problem?: Problem };

/**
 * Each file is read and parsed once per process while it stays unchanged: the integrity check and
 * Astro's content loader (lib/content-loader.ts) both read content, in the same build.
 */
const cache = new Map<string, { stamp: string; read: unknown }>();
/** Drops every file read so far: a build reads each file once, only `astro dev` reads them again. */
export const forgetReads = () => cache.clear();

function readOnce<T>(path: string, read: () => T): T {
  let stamp: string;
  try {
    const { mtimeMs, size } = statSync(path);
    stamp = `${mtimeMs}:${size}`;
  } catch {
    // A missing file is read (and fails) each time, so that its creation is seen.
    return read();
  }
  const hit = cache.get(path);
  if (hit?.stamp === stamp) return hit.read as T;
  const value = read();
  cache.set(path, { stamp, read: value });
  return value;
}

function readEntryFile(path: string, file: string): FileRead {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    // The entry still exists, so references to it are not reported as dangling.
    return {
      entry: { file, data: undefined, body: '', bodyLine: 1, lineOf: () => undefined, text },
      problem: {
        severity: 'error',
        file,
        line: 1,
        field: '(frontmatter)',
        message:
          'The file has no frontmatter. Fix: start it with a line "---", the YAML fields, and another line "---".',
      },
    };
  }
  const yaml = match[1] ?? '';
  const firstLine = 2;
  // js-yaml reads the data, six times faster than the yaml library; the latter's document, which knows each
  // node's line, is parsed only when a problem needs a line or the YAML is malformed, to report it in its words.
  let located: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
  const document = () => {
    const counter = new LineCounter();
    const doc = parseDocument(yaml, { lineCounter: counter, uniqueKeys: true });
    return { doc, lineOf: lineFinder(doc, counter, firstLine) };
  };
  const entry = {
    file,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
    lineOf: (path: readonly PropertyKey[]) => (located ??= document().lineOf)(path),
    text,
  };
  try {
    return { entry: { ...entry, data: load(yaml, { schema: CORE_SCHEMA }) ?? {} } };
  } catch (thrown) {
    // Later YAML errors are mostly consequences of the first.
    const [error] = document().doc.errors;
    const mark = (thrown as YAMLException).mark as YAMLException['mark'] | undefined;
    const line = error?.linePos?.[0]?.line ?? (mark ? mark.line + 1 : undefined);
    const reason = error ? yamlReason(error.message) : (thrown as YAMLException).reason;
    return {
      entry: { ...entry, data: undefined },
      problem: {
        severity: 'error',
        file,
        ...(line ? { line: line + firstLine - 1 } : {}),
        field: '(frontmatter)',
        message: `Malformed YAML: ${reason}. Fix: correct the YAML syntax (indentation, quotes, colons).`,
      },
    };
  }
}

/** Reads the frontmatter and body of every entry file in content/<collection>/. */
export function loadCollection(
  root: string,
  collection: CollectionName,
  contentDir = 'content',
): { entries: RawEntry[]; problems: Problem[] } {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  const base = join(root, contentDir, collection);
  for (const rel of globSync(collections[collection].pattern, { cwd: base }).sort()) {
    const path = join(base, rel);
    const file = relative(root, path).split(sep).join('/');
    const id = rel
      .split(sep)
      .join('/')
      .replace(/\.(md|mdx)$/, '');
    const { entry, problem } = readOnce(path, () => readEntryFile(path, file));
    entries.push({ collection, id, ...entry });
    if (problem) problems.push(problem);
  }
  return { entries, problems };
}

/** Reads every collection's entry files. */
export function loadEntries(root: string, contentDir = 'content'): { entries: RawEntry[]; problems: Problem[] } {
  const read = collectionNames.map((collection) => loadCollection(root, collection, contentDir));
  return { entries: read.flatMap((r) => r.entries), problems: read.flatMap((r) => r.problems) };
}

/** Reads a YAML data file such as content/rates.yaml. */
export function loadYamlFile(
  root: string,
  file: string,
): { data: unknown; lineOf: RawEntry['lineOf']; problems: Problem[] } {
  return readOnce(join(root, file), () => readYamlFile(root, file));
}

function readYamlFile(root: string, file: string): ReturnType<typeof loadYamlFile> {
  const counter = new LineCounter();
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    return {
      data: undefined,
      lineOf: () => undefined,
      problems: [{ severity: 'error', file, field: '(file)', message: `The file is missing. Fix: create ${file}.` }],
    };
  }
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const problems: Problem[] = doc.errors.slice(0, 1).map((error) => ({
    severity: 'error' as const,
    file,
    ...(error.linePos?.[0]?.line ? { line: error.linePos[0].line } : {}),
    field: '(file)',
    message: `Malformed YAML: ${yamlReason(error.message)}. Fix: correct the YAML syntax (indentation, quotes, colons).`,
  }));
  return { data: problems.length ? undefined : doc.toJS(), lineOf: lineFinder(doc, counter, 1), problems };
}
