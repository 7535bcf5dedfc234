import { collectionNames } from '../../registry.ts';
import type { Json } from './json-schema.ts';

const isReference = (value: object): value is { collection: string; id: string } => {
  const keys = Object.keys(value);
  return (
    keys.length === 2 && 'collection' in value && 'id' in value && collectionNames.some((c) => c === value.collection)
  );
};

/**
 * Parsed entry data as authors write it, which is what the data files hold: every reference back
 * to the id it was written as ({collection, id} is how the site resolves it, not data), and
 * absent optional fields left out.
 */
export function authored(value: unknown): Json {
  if (Array.isArray(value)) return value.map(authored);
  if (value !== null && typeof value === 'object') {
    if (isReference(value)) return value.id;
    return Object.fromEntries(
      Object.entries(value).flatMap(([key, item]) => (item === undefined ? [] : [[key, authored(item)]])),
    );
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null)
    return value;
  throw new Error(`A value of type ${typeof value} has no JSON form.`);
}

/** One exported entry: its id first, then its data as authored, then what the export adds (the body). */
export function entryRecord(id: string, data: unknown, extra: Record<string, unknown>): { [key: string]: Json } {
  return { id, ...(authored(data) as { [key: string]: Json }), ...(authored(extra) as { [key: string]: Json }) };
}

/** Entries sorted by id with a plain code-unit comparison, the same on every machine. */
export const byId = <T extends { id: string }>(entries: readonly T[]): T[] =>
  [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
