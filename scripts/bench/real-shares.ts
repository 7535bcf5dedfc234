// `node scripts/bench/real-shares.ts [content-folder]`: prints the shares of the real content that
// the benchmark corpus (scripts/bench/corpus.ts) copies: entries per collection, source languages
// and types, and how many programs carry each of the policy terms. Run it again when the content
// has grown, and copy the figures into corpus.ts.
import { join } from 'node:path';
import { loadEntries } from '../../src/lib/integrity/load.ts';
import { collectionNames } from '../../src/registry.ts';
import { root } from './ours.ts';

type Data = Record<string, unknown>;

const { entries } = loadEntries(root, process.argv[2] ?? 'content');
const of = (collection: string) =>
  entries
    .filter((e) => e.collection === collection && e.data !== undefined)
    .map((e) => ({ ...e, data: e.data as Data }));
const pct = (part: number, whole: number) => `${part} of ${whole} (${((100 * part) / Math.max(1, whole)).toFixed(1)}%)`;
const tally = (values: unknown[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]));
};
/** How many of the items say "not stated" in a field. */
const notStated = <T>(items: T[], field: (item: T) => unknown) =>
  pct(items.filter((item) => field(item) === 'not stated').length, items.length);
const list = (v: unknown) => (Array.isArray(v) ? (v as Data[]) : []);
const mean = (values: number[]) => (values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)).toFixed(2);

const total = entries.length;
console.log('Entries per collection:');
for (const c of collectionNames) console.log(`  ${c}: ${pct(of(c).length, total)}`);

const sources = of('sources');
console.log('\nSources:');
console.log('  language:', tally(sources.map((s) => s.data.language)));
console.log('  sourceType:', tally(sources.map((s) => s.data.sourceType)));
console.log('  excerpt:', pct(sources.filter((s) => s.data.excerpt === true).length, sources.length));
console.log('  title "not stated":', notStated(sources, (s) => s.data.title));
console.log(
  '  publisher "not stated":',
  notStated(sources, (s) => s.data.publisher),
);
console.log(
  '  published "not stated":',
  notStated(sources, (s) => s.data.published),
);
console.log('  with url:', pct(sources.filter((s) => typeof s.data.url === 'string').length, sources.length));
console.log('  with author:', pct(sources.filter((s) => typeof s.data.author === 'string').length, sources.length));
console.log(
  '  with removed spans:',
  pct(sources.filter((s) => list(s.data.removed).length > 0).length, sources.length),
);
console.log('  with remarks:', pct(sources.filter((s) => list(s.data.remarks).length > 0).length, sources.length));
const bodyChars = sources.map((s) => s.body.length).sort((a, b) => a - b);
console.log(`  body characters: median ${bodyChars[Math.floor(bodyChars.length / 2)]}, mean ${mean(bodyChars)}`);
console.log(`  paragraphs: mean ${mean(sources.map((s) => s.body.split(/\n\s*\n/).filter((p) => p.trim()).length))}`);

const citations = entries
  .filter((e) => e.collection !== 'sources' && e.data)
  .map((e) => Object.keys(((e.data as Data).citations as Data | undefined) ?? {}).length);
console.log(`\nCitations per entry (places, programs, organisations): mean ${mean(citations)}`);
const bySource = new Map<string, number>();
for (const e of entries.filter((x) => x.collection !== 'sources' && x.data)) {
  for (const c of Object.values(((e.data as Data).citations as Record<string, { source: string }>) ?? {}))
    bySource.set(c.source, (bySource.get(c.source) ?? 0) + 1);
}
console.log(`Quotes per source: mean ${mean([...bySource.values()])}`);
const languageOf = new Map(sources.map((s) => [s.id, String(s.data.language)]));
const quotes = entries
  .filter((e) => e.collection !== 'sources' && e.data)
  .flatMap((e) =>
    Object.values(((e.data as Data).citations as Record<string, { source: string; quote: string }>) ?? {}),
  );
const quoteChars = quotes.map((q) => q.quote.length).sort((a, b) => a - b);
console.log(`Quote characters: median ${quoteChars[Math.floor(quoteChars.length / 2)]}, mean ${mean(quoteChars)}`);
console.log('Quotes by source language:', tally(quotes.map((q) => languageOf.get(q.source))));

const programs = of('programs');
const has = (field: string) => programs.filter((p) => list(p.data[field]).length > 0).length;
console.log('\nPrograms:');
console.log('  instrument:', tally(programs.map((p) => p.data.instrument)));
for (const field of [
  'money',
  'breakdown',
  'pool',
  'caps',
  'rates',
  'stacking',
  'eligibility',
  'application',
  'takeUp',
  'aims',
  'roles',
  'people',
  'relations',
  'voucherKinds',
  'notes',
])
  console.log(
    `  with ${field}: ${pct(has(field), programs.length)}, items ${mean(programs.map((p) => list(p.data[field]).length))} each`,
  );
const documents = programs.map((p) => p.data.document as Data | undefined).filter((d): d is Data => d !== undefined);
console.log(`  with document: ${pct(documents.length, programs.length)}`);
console.log(
  '    number "not stated":',
  notStated(documents, (d) => d.number),
);
console.log(
  '    issued "not stated":',
  notStated(documents, (d) => d.issued),
);
console.log(
  '    inForce "not stated":',
  notStated(documents, (d) => d.inForce),
);
console.log(
  '    expires "not stated":',
  notStated(documents, (d) => d.expires),
);
console.log('    status:', tally(documents.map((d) => (d.status as Data).value)));
console.log(
  '  announced "not stated":',
  notStated(programs, (p) => p.data.announced),
);
console.log(
  '  status "not stated":',
  notStated(programs, (p) => p.data.status),
);
console.log(
  '  status:',
  tally(
    programs.map((p) =>
      (p.data.status as Data | string)?.valueOf() === 'not stated' ? 'not stated' : (p.data.status as Data).value,
    ),
  ),
);
console.log(
  '  focus "not stated":',
  notStated(programs, (p) => p.data.focus),
);
console.log('  voucherKinds:', tally(programs.flatMap((p) => list(p.data.voucherKinds))));
console.log('  pool period:', tally(programs.flatMap((p) => list(p.data.pool).map((x) => x.period))));
console.log('  pool upTo:', tally(programs.flatMap((p) => list(p.data.pool).map((x) => x.upTo ?? false))));
console.log(
  '  pool amount "not stated"/"not disclosed":',
  programs.flatMap((p) => list(p.data.pool).filter((x) => typeof x.amount !== 'number')).length,
);
console.log('  cap per:', tally(programs.flatMap((p) => list(p.data.caps).map((x) => x.per))));
console.log('  cap period:', tally(programs.flatMap((p) => list(p.data.caps).map((x) => x.period))));
console.log(
  '  cap amount "not stated":',
  programs.flatMap((p) => list(p.data.caps).filter((x) => typeof x.amount !== 'number')).length,
);
console.log(
  '  rate base "not stated":',
  programs.flatMap((p) => list(p.data.rates).filter((x) => x.base === 'not stated')).length,
);
console.log('  rate upTo:', tally(programs.flatMap((p) => list(p.data.rates).map((x) => x.upTo ?? false))));
console.log('  rate with condition:', programs.flatMap((p) => list(p.data.rates).filter((x) => x.condition)).length);
console.log('  takeUp measure:', tally(programs.flatMap((p) => list(p.data.takeUp).map((x) => x.measure))));
console.log('  money kind:', tally(programs.flatMap((p) => list(p.data.money).map((x) => x.kind))));
console.log(
  '  money amount not a number:',
  programs.flatMap((p) => list(p.data.money).filter((x) => typeof x.amount !== 'number')).length,
);
console.log('  role:', tally(programs.flatMap((p) => list(p.data.roles).map((x) => x.role))));
console.log('  relation:', tally(programs.flatMap((p) => list(p.data.relations).map((x) => x.kind))));
console.log('  original name:', pct(programs.filter((p) => (p.data.name as Data).original).length, programs.length));

const cities = of('cities');
console.log('\nPlaces:');
console.log('  level:', tally(cities.map((c) => c.data.level)));
console.log('  comparisonOnly:', pct(cities.filter((c) => c.data.comparisonOnly === true).length, cities.length));
console.log(`  facts: mean ${mean(cities.map((c) => list(c.data.facts).length))}`);

const companies = of('companies');
console.log('\nOrganisations:');
console.log('  kind:', tally(companies.map((c) => c.data.kind)));
console.log(
  '  home "not stated":',
  notStated(companies, (c) => c.data.home),
);
console.log(
  '  with products:',
  pct(companies.filter((c) => list(c.data.products).length > 0).length, companies.length),
);
console.log('  with places:', pct(companies.filter((c) => list(c.data.places).length > 0).length, companies.length));
console.log('  places why:', tally(companies.flatMap((c) => list(c.data.places).map((x) => x.why))));
console.log(`\n(${join(root, process.argv[2] ?? 'content')})`);
