import { distance } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import { formatPath } from './problem.ts';

type Issue = z.core.$ZodIssue;
type Def = {
  type: string;
  shape?: Record<string, unknown>;
  in?: unknown;
  innerType?: unknown;
  element?: unknown;
  valueType?: unknown;
  options?: unknown[];
};

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def: Def } } | undefined)?._zod?.def;
}

/** The object shapes a path can lead to in a schema, so an unknown field can be told its valid neighbours. */
function shapesAt(schema: unknown, path: readonly PropertyKey[]): Record<string, unknown>[] {
  const def = defOf(schema);
  if (!def) return [];
  const unwrap = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  if (unwrap) return shapesAt(unwrap, path);
  if (def.type === 'union') return (def.options ?? []).flatMap((option) => shapesAt(option, path));
  const [head, ...rest] = path;
  if (head === undefined) return def.type === 'object' && def.shape ? [def.shape] : [];
  if (def.type === 'object')
    return def.shape && typeof head === 'string' && head in def.shape ? shapesAt(def.shape[head], rest) : [];
  if (def.type === 'array') return shapesAt(def.element, rest);
  if (def.type === 'record') return shapesAt(def.valueType, rest);
  return [];
}

function closest(word: string, candidates: string[]): string | undefined {
  const ranked = candidates.map((c) => [c, distance(word, c)] as const).sort((a, b) => a[1] - b[1]);
  const best = ranked[0];
  return best && best[1] <= Math.max(2, Math.floor(word.length / 3)) ? best[0] : undefined;
}

const article = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
const quoteAll = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** Rewrites one zod issue as a sentence that says what is wrong and how to fix it. */
export function describeIssue(issue: Issue, schema: unknown, data: unknown): { path: PropertyKey[]; message: string } {
  const path = [...issue.path];
  const value = valueAt(data, path);
  if (issue.code === 'invalid_union' && value !== undefined) {
    // A field such as `focus: [areas] | "not stated"`: report the branch the value was meant for,
    // the one whose type it has, rather than "Invalid input".
    const meant = issue.errors.filter(
      (branch) => !branch.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')),
    );
    const inner = meant.length === 1 ? meant[0]?.[0] : undefined;
    if (inner) return describeIssue({ ...inner, path: [...path, ...inner.path] } as Issue, schema, data);
  }
  if (issue.code === 'invalid_union' && value === undefined) {
    // A missing field of several accepted forms: list every literal value the forms take.
    const values = issue.errors
      .flat()
      .flatMap((i) => (i.code === 'invalid_value' && i.path.length === 0 ? i.values : []));
    if (values.length > 0)
      return {
        path,
        message: `Missing required field "${formatPath(path.slice(-1))}". Fix: add it. Expected one of ${quoteAll(values)}.`,
      };
  }
  if (
    value === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')
  ) {
    const expected = issue.message.startsWith('Expected')
      ? issue.message
      : issue.code === 'invalid_value'
        ? `Expected one of ${quoteAll(issue.values)}.`
        : issue.code === 'invalid_type'
          ? `Expected ${article(issue.expected)}.`
          : '';
    return { path, message: `Missing required field "${formatPath(path.slice(-1))}". Fix: add it. ${expected}`.trim() };
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = [...new Set(shapesAt(schema, path).flatMap((shape) => Object.keys(shape)))];
      const key = issue.keys[0] ?? '';
      const guess = closest(key, allowed);
      return {
        path: [...path, key],
        message: `Unknown field "${issue.keys.join('", "')}". Fix: ${guess ? `did you mean "${guess}"? ` : ''}remove it or correct its spelling; fields allowed here: ${allowed.join(', ')}.`,
      };
    }
    case 'invalid_type': {
      const received = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
      const hint = issue.message.startsWith('Expected') ? ` ${issue.message}` : '';
      const fix =
        issue.expected === 'string' && received !== 'object'
          ? 'put the value in quotes'
          : `give ${article(issue.expected)}`;
      return {
        path,
        message: `Expected ${issue.expected}, received ${received} (${JSON.stringify(value)}).${hint} Fix: ${fix}.`,
      };
    }
    case 'invalid_value':
      return { path, message: `Received ${JSON.stringify(value)}. Fix: use one of ${quoteAll(issue.values)}.` };
    default: {
      const message = issue.message;
      const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
      return {
        path,
        message: /Fix:/.test(message)
          ? message
          : `${sentence} Fix: correct the value${value === undefined ? '' : ` ${JSON.stringify(value)}`}.`,
      };
    }
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[part];
  return value;
}
