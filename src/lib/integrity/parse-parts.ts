import type { z } from 'astro/zod';
import { citationSchema } from '../../schemas/citation.ts';

type ObjectSchema = { shape: Record<string, z.ZodType> };

/**
 * The parts of an entry that parse on their own when the whole does not: each top-level field
 * through its own schema, and each citation one by one. The integrity check runs its quote,
 * reference and figure checks on these parts, so a schema error in one field does not hide a
 * wrong quote in another, nor make its source look cited by nothing.
 */
export function parseParts(schema: unknown, data: unknown): Record<string, unknown> {
  const shape = (schema as Partial<ObjectSchema>).shape;
  if (!shape || data === null || typeof data !== 'object') return {};
  const parts: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const field = shape[key];
    if (!field) continue;
    if (key === 'citations' && value !== null && typeof value === 'object') {
      const citations: Record<string, unknown> = {};
      for (const [citeKey, citation] of Object.entries(value)) {
        const result = citationSchema.safeParse(citation);
        if (result.success) citations[citeKey] = result.data;
      }
      parts[key] = citations;
      continue;
    }
    const result = field.safeParse(value);
    if (result.success) parts[key] = result.data;
  }
  return parts;
}
