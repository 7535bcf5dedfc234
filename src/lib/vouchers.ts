/**
 * The comparison of vouchers: one row per voucher program, its cells worded by terms.ts, every
 * stated item carrying links to the citations behind it on the program's page and the "see note"
 * flags of its editorial notes, in three orders that static pages can serve without JavaScript.
 */
import type { Rates } from '../schemas/money.ts';
import type { ProgramData } from '../schemas/program.ts';
import { voucherKinds } from '../schemas/terms.ts';
import type { Table } from './export/flatten.ts';
import { formatPartialDate } from './dates.ts';
import type { KnowledgeBase } from './kb.ts';
import { words } from './labels.ts';
import { formatAmount, normalise } from './money.ts';
import { notesOn } from './notes.ts';
import { citationAnchor } from './remark-cite.ts';
import { entryHref } from './routes.ts';
import { capText, poolText, rateText } from './terms.ts';

export type VoucherKind = (typeof voucherKinds)[number];

/** The orders a reader can ask for; the first is the default view's. */
export const sortKeys = ['pool', 'rate', 'date'] as const;
export type SortKey = (typeof sortKeys)[number];

/** The names the policies give each kind of voucher. */
export const kindNames: Record<VoucherKind, string> = {
  compute: '算力券',
  model: '模型券',
  data: '语料券/数据券',
  training: '训力券',
  annotation: '标注券',
  intelligence: '智能券',
};
const kindText = (kind: VoucherKind) => `${kind} (${kindNames[kind]})`;

/** A link shown in a cell: a citation number or a note flag. */
export type CellLink = { text: string; href: string };
/** One stated item of a cell, such as one rate tier, with its citations and the flags of notes on it. */
export type CellLine = {
  text: string;
  /** "zh" when the text is in Chinese, such as a document title. */
  lang?: string;
  /** An English gloss shown after the text, such as a document's English title. */
  gloss?: string;
  /** The place's page, for the place cell. */
  href?: string;
  /** The machine-readable date, for the date cell. */
  datetime?: string;
  cites: CellLink[];
  flags: CellLink[];
};
/** A cell: its stated items, and flags of notes on the field as a whole. No lines means "not stated". */
export type Cell = { lines: CellLine[]; flags: CellLink[] };

/** The columns after the program's own, in the order shown; three of them sort the table. */
export const voucherColumns = [
  { key: 'place', label: 'Place' },
  { key: 'kinds', label: 'Voucher kind' },
  { key: 'pool', label: 'Pool per year', sort: 'pool' },
  { key: 'rate', label: 'Rate and its tiers', sort: 'rate' },
  { key: 'cap', label: 'Cap per recipient' },
  { key: 'eligibility', label: 'Eligibility' },
  { key: 'document', label: 'Document' },
  { key: 'date', label: 'Date', sort: 'date' },
  { key: 'status', label: 'Status' },
] as const satisfies readonly { key: string; label: string; sort?: SortKey }[];
export type ColumnKey = (typeof voucherColumns)[number]['key'];

export type VoucherRow = {
  id: string;
  name: string;
  href: string;
  place: string;
  kinds: VoucherKind[];
  cells: Record<ColumnKey, Cell>;
  /** What each order compares; undefined when the program states nothing to compare. */
  sort: {
    pool: number | undefined;
    poolStated: number | undefined;
    rate: number | undefined;
    date: string | undefined;
  };
};

type Program = { id: string; data: ProgramData };
type Pool = ProgramData['pool'][number];
/** What the rows read from the knowledge base: the programs, the rates and the names of places. */
export type VoucherSource = Pick<KnowledgeBase, 'programs' | 'rates' | 'city'>;

/** A voucher program: its instrument is a voucher, or it names kinds of voucher. */
export const isVoucherProgram = (data: Pick<ProgramData, 'instrument' | 'voucherKinds'>) =>
  data.instrument === 'voucher' || data.voucherKinds.length > 0;

/** The number of calendar years a pool's "years" spans ("2025–2026" is 2), when it names them. */
function yearSpan(years: string | undefined): number | undefined {
  const match = /^(\d{4})(?:\s*[–-]\s*(\d{4}))?$/.exec(years?.trim() ?? '');
  if (!match) return undefined;
  const span = Number(match[2] ?? match[1]) - Number(match[1]) + 1;
  return span > 0 ? span : undefined;
}

/**
 * A pool in CNY a year, where its period allows: a yearly pool as it stands, a total over named
 * years spread evenly over them (flagged as an average). A pool per round, once or for a period
 * not stated has no yearly value: its rounds may be of any length.
 */
export function yearlyPool(
  pool: Pick<Pool, 'amount' | 'currency' | 'period' | 'years'>,
  rates: Rates,
): { cny: number; years: number } | undefined {
  const value = normalise(pool, rates);
  if (!value) return undefined;
  if (pool.period === 'year') return { cny: value.CNY, years: 1 };
  const span = pool.period === 'total' ? yearSpan(pool.years) : undefined;
  return span ? { cny: value.CNY / span, years: span } : undefined;
}

/** The largest yearly pool of a program in CNY, for sorting and the comparison of hubs. */
export const largestYearlyPool = (data: Pick<ProgramData, 'pool'>, rates: Rates): number | undefined =>
  max(data.pool.map((p) => yearlyPool(p, rates)?.cny));

/** The highest share among a program's rate tiers. */
export const highestRate = (data: Pick<ProgramData, 'rates'>): number | undefined =>
  max(data.rates.map((r) => r.share));

function max(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length > 0 ? Math.max(...known) : undefined;
}

/** The words of a pool, with its yearly value in CNY where that is not the stated figure itself. */
export function poolLine(pool: Pool, rates: Rates): string {
  const yearly = yearlyPool(pool, rates);
  if (!yearly || (pool.currency === 'CNY' && yearly.years === 1)) return poolText(pool);
  const average = yearly.years > 1 ? ` on average over ${yearly.years} years` : '';
  return `${poolText(pool)}; about ${formatAmount(yearly.cny, 'CNY')} a year${average}`;
}

/** Rate tiers from the highest share down, each with its condition. */
export const rateLines = (rates: ProgramData['rates']): { text: string; index: number }[] =>
  rates
    .map((rate, index) => ({ text: rateText(rate), index }))
    .sort((a, b) => (rates[b.index]?.share ?? 0) - (rates[a.index]?.share ?? 0) || a.index - b.index);

/** The date a row is dated by: the document's issue date when stated, else the announcement. */
function rowDate(data: ProgramData) {
  const issued = data.document && data.document.issued !== 'not stated' ? data.document.issued : undefined;
  if (issued)
    return { date: issued, label: 'issued', field: 'document.issued', cite: issued.cite ?? data.document?.cite ?? [] };
  if (data.announced !== 'not stated')
    return { date: data.announced, label: 'announced', field: 'announced', cite: data.announced.cite ?? [] };
  return undefined;
}

const HAN = /\p{Script=Han}/u;

/** A program's row: every cell, its citations and flags resolved to links into the program's page. */
export function voucherRow(program: Program, source: VoucherSource): VoucherRow {
  const { id, data } = program;
  const href = entryHref('programs', id);
  const keys = Object.keys(data.citations);
  const cites = (list: readonly string[] | undefined): CellLink[] =>
    [...new Set(list ?? [])].map((key) => ({
      text: `[${keys.indexOf(key) + 1}]`,
      href: `${href}#${citationAnchor(key)}`,
    }));
  const flagsOn = (field: string, exact = false): CellLink[] =>
    notesOn(data.notes, field)
      .filter(({ note }) => !exact || note.field === field)
      .map(({ note, anchor }) => ({ text: `${words(note.kind)}: see note`, href: `${href}#${anchor}` }));
  const line = (
    text: string,
    cite: readonly string[] | undefined,
    field: string,
    extra: Partial<CellLine> = {},
  ): CellLine => ({
    text,
    cites: cites(cite),
    flags: flagsOn(field),
    ...extra,
  });
  const cell = (lines: CellLine[], ...wholeFields: string[]): Cell => ({
    lines,
    flags: wholeFields.flatMap((f) => flagsOn(f, true)),
  });

  const city = source.city(data.jurisdiction.id);
  const placeName = city?.data.name.en ?? data.jurisdiction.id;
  // The place has no citation of its own: the program's first quote that names it stands for it,
  // else the quotes behind the instrument, which name who issues the voucher.
  const names = [placeName, city?.data.name.original, ...(city?.data.aliases ?? [])].filter((n): n is string => !!n);
  const naming = Object.entries(data.citations).find(([, c]) =>
    names.some((n) => c.quote.includes(n) || c.translation?.includes(n)),
  );
  const doc = data.document;
  const date = rowDate(data);
  const status =
    doc && doc.status.value !== 'not stated' && doc.status.cite
      ? line(`document ${words(doc.status.value)}`, doc.status.cite, 'document.status')
      : data.status !== 'not stated'
        ? line(`program ${data.status.value}`, data.status.cite, 'status')
        : doc && doc.status.value !== 'not stated'
          ? line(`document ${words(doc.status.value)} (checked ${doc.status.verified})`, doc.cite, 'document.status')
          : undefined;

  const cells: Record<ColumnKey, Cell> = {
    place: cell([
      line(placeName, naming ? [naming[0]] : data.focusCite, 'jurisdiction', {
        href: entryHref('cities', data.jurisdiction.id),
      }),
    ]),
    kinds: cell(
      data.voucherKinds.length
        ? [line(data.voucherKinds.map(kindText).join(', '), data.focusCite, 'voucherKinds')]
        : [],
      'voucherKinds',
    ),
    pool: cell(
      data.pool.map((p, i) => line(poolLine(p, source.rates), p.cite, `pool[${i}]`)),
      'pool',
    ),
    rate: cell(
      rateLines(data.rates).map((r) => line(r.text, data.rates[r.index]?.cite, `rates[${r.index}]`)),
      'rates',
    ),
    cap: cell(
      data.caps.map((c, i) => line(capText(c), c.cite, `caps[${i}]`)),
      'caps',
    ),
    eligibility: cell(
      data.eligibility.map((e, i) => line(e.text, e.cite, `eligibility[${i}]`)),
      'eligibility',
    ),
    document: cell(
      doc
        ? [
            line(`${doc.title}${doc.number === 'not stated' ? '' : `, ${doc.number}`}`, doc.cite, 'document.title', {
              ...(HAN.test(doc.title) ? { lang: 'zh', gloss: doc.titleEn } : {}),
            }),
          ]
        : [],
      'document',
      'document.number',
    ),
    date: cell(
      date
        ? [line(`${date.label} ${formatPartialDate(date.date)}`, date.cite, date.field, { datetime: date.date.date })]
        : [],
    ),
    status: cell(status ? [status] : []),
  };
  const stated = data.pool.map((p) => normalise(p, source.rates)?.CNY);
  return {
    id,
    name: data.name.en,
    href,
    place: placeName,
    kinds: [...data.voucherKinds],
    cells,
    sort: {
      pool: largestYearlyPool(data, source.rates),
      poolStated: max(stated),
      rate: highestRate(data),
      date: date?.date.date,
    },
  };
}

/** Every voucher program's row, of one kind when a kind is given. */
export const voucherRows = (source: VoucherSource, kind?: VoucherKind): VoucherRow[] =>
  source.programs
    .filter((p) => isVoucherProgram(p.data) && (!kind || p.data.voucherKinds.includes(kind)))
    .map((p) => voucherRow(p, source));

/**
 * Rows in one order, highest first, rows with nothing to compare last. By pool, yearly pools come
 * first, then pools whose period gives no yearly value, by their stated amount; ties go by place
 * and program name, so every build lists them the same way.
 */
export function sortRows(rows: readonly VoucherRow[], by: SortKey): VoucherRow[] {
  const rank = (row: VoucherRow): [number, number | string] => {
    if (by === 'pool') {
      if (row.sort.pool !== undefined) return [0, row.sort.pool];
      return row.sort.poolStated !== undefined ? [1, row.sort.poolStated] : [2, 0];
    }
    const value = row.sort[by];
    return value === undefined ? [2, 0] : [0, value];
  };
  return [...rows].sort((a, b) => {
    const [ga, va] = rank(a);
    const [gb, vb] = rank(b);
    if (ga !== gb) return ga - gb;
    if (va !== vb)
      return typeof va === 'number' && typeof vb === 'number' ? vb - va : String(vb).localeCompare(String(va));
    return a.place.localeCompare(b.place, 'en') || a.name.localeCompare(b.name, 'en');
  });
}

/** The kinds that have voucher programs, in the schema's order. */
export const usedKinds = (source: Pick<KnowledgeBase, 'programs'>): VoucherKind[] =>
  voucherKinds.filter((kind) =>
    source.programs.some((p) => isVoucherProgram(p.data) && p.data.voucherKinds.includes(kind)),
  );

/** The address of a view: all kinds or one, in one order. */
export const viewPath = (kind: VoucherKind | undefined, sort: SortKey) =>
  `/compare/vouchers/${kind ? `${kind}/` : ''}${sort === 'pool' ? '' : `by-${sort}/`}`;

/** Every view the site publishes, as the route parameter after /compare/vouchers/. */
export const voucherViews = (source: Pick<KnowledgeBase, 'programs'>) =>
  [undefined, ...usedKinds(source)].flatMap((kind) =>
    sortKeys.map((sort) => ({
      kind,
      sort,
      param: viewPath(kind, sort).slice('/compare/vouchers/'.length, -1) || undefined,
    })),
  );

/** The CSV download of a view's table: all kinds, or one. */
export const csvName = (kind?: VoucherKind) => (kind ? `vouchers-${kind}.csv` : 'vouchers.csv');

/** Everything the page of one view shows. */
export function voucherView(source: VoucherSource, kind: VoucherKind | undefined, sort: SortKey) {
  const rows = sortRows(voucherRows(source, kind), sort);
  const all = voucherRows(source);
  return {
    // All kinds are bought compute in the wide sense; a page of one kind names it as the policies do.
    title: kind
      ? `${kind.charAt(0).toUpperCase()}${kind.slice(1)} vouchers across China`
      : 'Compute vouchers across China',
    kind,
    kindName: kind && kindNames[kind],
    sort,
    rows,
    columns: voucherColumns.map((c) => ({
      ...c,
      href: 'sort' in c ? viewPath(kind, c.sort) : undefined,
      active: 'sort' in c && c.sort === sort,
    })),
    kinds: [
      { label: 'All kinds', href: viewPath(undefined, sort), count: all.length, current: kind === undefined },
      ...usedKinds(source).map((k) => ({
        label: kindText(k),
        href: viewPath(k, sort),
        count: all.filter((r) => r.kinds.includes(k)).length,
        current: k === kind,
      })),
    ],
    csv: `/data/${csvName(kind)}`,
  };
}

/** A cell as CSV text: one stated item per line, the note flags after it, or "not stated". */
export function cellText(cell: Cell): string {
  const flags = (list: CellLink[]) => (list.length ? ` (${list.map((f) => f.text).join('; ')})` : '');
  const lines = cell.lines.map((l) => `${l.text}${l.gloss ? ` (${l.gloss})` : ''}${flags(l.flags)}`);
  return [...(lines.length ? lines : ['not stated']), ...(cell.flags.length ? [flags(cell.flags).trim()] : [])].join(
    '\n',
  );
}

/** The table of a view as CSV rows: the program, then the columns as the page shows them, in the default order. */
export function voucherTable(source: VoucherSource, kind?: VoucherKind): Table {
  return {
    name: csvName(kind).replace(/\.csv$/, ''),
    columns: ['Program', ...voucherColumns.map((c) => c.label)],
    rows: sortRows(voucherRows(source, kind), sortKeys[0]).map((row) => [
      row.name,
      ...voucherColumns.map((c) => cellText(row.cells[c.key])),
    ]),
  };
}
