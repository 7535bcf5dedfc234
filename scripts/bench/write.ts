import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import { schemas } from '../../src/registry.ts';
import { ratesSchema } from '../../src/schemas/money.ts';
import { placesFileSchema } from '../../src/schemas/places.ts';
import type { Corpus } from './corpus.ts';

/** The exchange rates of the synthetic knowledge base (reference data, like content/rates.yaml). */
const RATES = {
  description: 'Synthetic rates for the benchmark corpus.',
  rates: {
    EUR: { cnyPerUnit: 8.3333, date: '2025-07', source: 'Fixed for the benchmark.' },
    USD: { cnyPerUnit: 7.2464, date: '2025-03', source: 'Fixed for the benchmark.' },
  },
};

/**
 * YAML as the editors write it: lists of plain values on one line (`cite: [c1, c2]`), the rest in
 * block style. Version 1.1 quotes strings such as "2025-07-29" that a 1.1 reader takes for dates.
 */
function yaml(value: unknown): string {
  const doc = new Document(value, { version: '1.1' });
  visit(doc, {
    Seq: (_, node) => {
      if (node.items.every(isScalar)) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The data without its empty lists, which editors leave out and the schemas default. */
const compact = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));

/** Fails with every schema issue of one file, so a generator bug names the entry and the field. */
function validate(label: string, schema: { safeParse: (data: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown): void {
  const result = schema.safeParse(data);
  if (result.success) return;
  const issues = (result.error?.issues ?? []).map((i) => `  ${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  throw new Error(`The generated ${label} breaks its schema:\n${issues.join('\n')}`);
}

/**
 * Writes a corpus as a content folder (content/<collection>/<id>.md, places.yaml, rates.yaml)
 * below `dir`, after checking every entry against the site's own schemas: a corpus that the
 * build would reject measures nothing.
 */
export function writeCorpus(corpus: Corpus, dir: string): string {
  const content = join(dir, 'content');
  rmSync(content, { recursive: true, force: true });
  const places = { reference: 'Synthetic reference data for the benchmark corpus.', places: corpus.places };
  validate('places.yaml', placesFileSchema, places);
  validate('rates.yaml', ratesSchema, RATES);
  const files = corpus.entries.map((entry) => ({ entry, data: compact(entry.data) }));
  for (const { entry, data } of files) validate(`${entry.collection}/${entry.id}`, schemas[entry.collection], data);

  for (const collection of Object.keys(schemas)) mkdirSync(join(content, collection), { recursive: true });
  for (const { entry, data } of files) {
    writeFileSync(join(content, entry.collection, `${entry.id}.md`), `---\n${yaml(data)}---\n\n${entry.body}`);
  }
  writeFileSync(join(content, 'places.yaml'), yaml(places));
  writeFileSync(join(content, 'rates.yaml'), yaml(RATES));
  return content;
}
