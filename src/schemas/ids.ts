import { z } from 'astro/zod';

import type { CollectionName } from '../registry.ts';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry id as it appears in URLs: lower-case ASCII words joined by hyphens. */
export const idSchema = z.string({ error: 'Expected an id (a string), such as "shanghai".' }).regex(idPattern, {
  error: 'Expected an id of lower-case letters, digits and single hyphens, such as "shanghai" or "zhejiang-lab".',
});

/**
 * A reference to an entry of another collection, written as its id. The parsed value says which
 * collection it points into, so the integrity check can find every reference without a list of
 * fields; whether the entry exists is checked across all entries, not here.
 */
export function reference<C extends CollectionName>(collection: C) {
  return z
    .string({ error: `Expected the id of an entry in ${collection}.` })
    .regex(idPattern, {
      error: `Expected the id of an entry in ${collection}: lower-case letters, digits and single hyphens.`,
    })
    .transform((id) => ({ collection, id }))
    .meta({ title: `Reference to ${collection}`, description: `The id of an entry in the ${collection} collection.` });
}

/** The parsed form of a {@link reference}. */
export type Reference<C extends CollectionName = CollectionName> = { collection: C; id: string };

/** A key naming one citation of an entry, such as `c1` or `plan-total`. */
export const citeKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9][\w-]*$/, { error: 'Expected a citation key of letters, digits, "-" or "_", such as "c1".' });

/** Non-empty text with surrounding whitespace removed. */
export const textSchema = z.string().trim().min(1, { error: 'Expected text, received an empty string.' });
