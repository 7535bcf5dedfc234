import { globSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { collectionNames, collections, type CollectionName } from '../../registry.ts';
import type { Problem } from './problem.ts';

/** A content file as read from disk, before validation. */
export type RawEntry = {
  collection: CollectionName;
  /** The id Astro's glob loader gives it: the path below the collection folder, without extension. */
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

/** Reads the frontmatter and body of every entry file in content/<collection>/. */
export function loadEntries(root: string, contentDir = 'content'): { entries: RawEntry[]; problems: Problem[] } {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  for (const collection of collectionNames) {
    const base = join(root, contentDir, collection);
    // The same pattern as Astro's glob loader, so both read exactly the same files.
    for (const rel of globSync(collections[collection].pattern, { cwd: base }).sort()) {
      const path = join(base, rel);
      const file = relative(root, path).split(sep).join('/');
      const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
      const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
      const id = rel
        .split(sep)
        .join('/')
        .replace(/\.(md|mdx)$/, '');
      if (!match) {
        // The entry still exists, so references to it are not reported as dangling.
        entries.push({ collection, id, file, data: undefined, body: '', bodyLine: 1, lineOf: () => undefined });
        problems.push({
          severity: 'error',
          file,
          line: 1,
          field: '(frontmatter)',
          message:
            'The file has no frontmatter. Fix: start it with a line "---", the YAML fields, and another line "---".',
        });
        continue;
      }
      const counter = new LineCounter();
      const doc = parseDocument(match[1] ?? '', { lineCounter: counter, uniqueKeys: true });
      const firstLine = 2;
      let data: unknown;
      if (doc.errors.length > 0) {
        // Later YAML errors are mostly consequences of the first.
        for (const error of doc.errors.slice(0, 1)) {
          const line = error.linePos?.[0]?.line;
          problems.push({
            severity: 'error',
            file,
            ...(line ? { line: line + firstLine - 1 } : {}),
            field: '(frontmatter)',
            message: `Malformed YAML: ${yamlReason(error.message)}. Fix: correct the YAML syntax (indentation, quotes, colons).`,
          });
        }
      } else {
        data = doc.toJS() ?? {};
      }
      entries.push({
        collection,
        id,
        file,
        data,
        body: text.slice(match[0].length),
        bodyLine: match[0].split('\n').length,
        lineOf: lineFinder(doc, counter, firstLine),
      });
    }
  }
  return { entries, problems };
}

/** Reads a YAML data file such as content/rates.yaml. */
export function loadYamlFile(
  root: string,
  file: string,
): { data: unknown; lineOf: RawEntry['lineOf']; problems: Problem[] } {
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
