/**
 * From a cleaned page to the files of a source entry: the Markdown entry (frontmatter and text)
 * and the editors' report of everything the cleaning removed. Pure: the CLI in scripts/ingest.ts
 * reads and writes the files.
 */
import { Document, visit } from 'yaml';
import { precisions, type PartialDate } from '../../schemas/date.ts';
import { idSchema } from '../../schemas/ids.ts';
import { sourceSchema, sourceTypes, type SourceData } from '../../schemas/source.ts';
import { formatPath } from '../integrity/problem.ts';
import { describeIssue } from '../integrity/zod-issues.ts';
import type { CleanedText, RemovedSpan } from './clean.ts';
import { detectLanguage } from './language.ts';

/** A refusal to ingest; its message tells the editor what is wrong and what to do. */
export class IngestError extends Error {
  override name = 'IngestError';
}

/** What the editor gives on the command line; `sourceType` is checked here so the refusal names the values. */
export type IngestOptions = {
  id: string;
  /** The day the raw text enters the archive, "YYYY-MM-DD". */
  archived: string;
  /** One of `sourceTypes`; required. */
  sourceType?: string | undefined;
  reposts?: string | undefined;
  translates?: string | undefined;
  /** The archived text is only the first part of the page. */
  excerpt?: boolean | undefined;
  /** The headline as printed, when the page's first line is not it. */
  title?: string | undefined;
  titleEn?: string | undefined;
  language?: string | undefined;
  publisher?: string | undefined;
  author?: string | undefined;
  url?: string | undefined;
  /** "YYYY[-MM[-DD]]" or "not stated"; overrides a date line on the page. */
  published?: string | undefined;
  precision?: string | undefined;
  inferred?: string | undefined;
  remarks?: readonly string[] | undefined;
};

/**
 * A source entry before rendering: its frontmatter, with the removed text still attached, its blocks,
 * and, when the language was detected, what it was detected from (for the report only).
 */
export type SourceEntryInput = Omit<SourceData, 'removed'> & {
  removed: readonly RemovedSpan[];
  blocks: readonly string[];
  languageDetected?: string;
};

/** Refuses an id that cannot name an entry file. */
export function assertValidId(id: string): void {
  if (!idSchema.safeParse(id).success) {
    throw new IngestError(
      `Invalid id "${id}": use lower-case letters, digits and single hyphens, such as "shanghai-ai-subsidies".`,
    );
  }
}

/** The text of a raw file, refusing files that hold no text or are not UTF-8. */
export function decodeRawText(bytes: Uint8Array, file: string): string {
  const empty = () => new IngestError(`"${file}" is empty: there is no article text to ingest.`);
  const binary = () =>
    new IngestError(
      `"${file}" is not UTF-8 text (it holds NUL bytes or invalid UTF-8). Save the page's text as UTF-8 and try again.`,
    );
  if (bytes.length === 0) throw empty();
  // NUL is valid UTF-8, but no text file holds it: it marks images, archives and UTF-16.
  if (bytes.includes(0)) throw binary();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw binary();
  }
  if (text.trim() === '') throw empty();
  return text;
}

const isEnglish = (language: string) => /^en(?:-|$)/u.test(language);

/** "YYYY-MM-DD" of a day in local time, the default archive date. */
export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

type SourceType = SourceData['sourceType'];
const isSourceType = (value: string): value is SourceType => sourceTypes.some((known) => known === value);

/** The kind of page, refused when missing or unknown, and a repost that does not say what it reposts. */
function sourceTypeOf({ sourceType, reposts }: IngestOptions): SourceType {
  const values = sourceTypes.join(', ');
  if (sourceType === undefined) {
    throw new IngestError(`--source-type is required: say what kind of page this is, one of ${values}.`);
  }
  if (!isSourceType(sourceType)) throw new IngestError(`--source-type "${sourceType}" is not one of ${values}.`);
  if (sourceType === 'repost' && reposts === undefined) {
    throw new IngestError(
      '--source-type repost needs --reposts: give the outlet or document the page says it reposts.',
    );
  }
  return sourceType;
}

const isPrecision = (value: string): value is PartialDate['precision'] => precisions.some((known) => known === value);

/** The publication date: the editor's, else the page's date line, else "not stated". */
function publishedDate(cleaned: CleanedText, options: IngestOptions): SourceData['published'] {
  const { published, precision, inferred } = options;
  if (published === undefined) {
    if (precision !== undefined || inferred !== undefined) {
      throw new IngestError('--precision and --inferred describe a date: give the date with --published.');
    }
    return cleaned.date ? { date: cleaned.date.date, precision: cleaned.date.precision } : 'not stated';
  }
  if (published === 'not stated') return published;
  if (!/^\d{4}(?:-\d{2}){0,2}$/u.test(published)) {
    throw new IngestError(
      `--published "${published}" is not a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD", nor "not stated".`,
    );
  }
  // Without --precision, the date is as precise as it is written.
  const given = precision ?? (['year', 'month', 'day'] as const)[published.split('-').length - 1] ?? '';
  if (!isPrecision(given)) throw new IngestError(`--precision "${given}" is not one of ${precisions.join(', ')}.`);
  return { date: published, precision: given, ...(inferred !== undefined ? { inferred } : {}) };
}

/** The English title: the editor's, or the headline itself when the article is in English. */
function englishTitle(title: string, options: IngestOptions, language: string): string {
  if (options.titleEn !== undefined) return options.titleEn;
  if (!isEnglish(language)) {
    throw new IngestError(
      `--title-en is required: the article is in "${language}", so give the editors' English title.`,
    );
  }
  if (title === 'not stated') {
    throw new IngestError("--title-en is required: the page prints no headline, so give the editors' English title.");
  }
  return title;
}

/**
 * The entry for a cleaned page: the editor's options first, then what the page states, and
 * "not stated" (with a remark saying so) where neither gives a value.
 */
export function sourceEntry(cleaned: CleanedText, options: IngestOptions, sha256: string): SourceEntryInput {
  if (!cleaned.blocks.some((block) => !block.startsWith('## '))) {
    throw new IngestError('No article paragraph is left after cleaning: every line of text was taken for page chrome.');
  }
  const sourceType = sourceTypeOf(options);
  const { tag: language, evidence } =
    options.language === undefined
      ? detectLanguage(cleaned.blocks.join('\n'))
      : { tag: options.language, evidence: undefined };
  const title = options.title ?? cleaned.title ?? 'not stated';
  const publisher = options.publisher ?? cleaned.publisher ?? 'not stated';
  const published = publishedDate(cleaned, options);
  // When the editor sets "not stated" over what the page gives, the editor's remark explains why.
  const unstated = [
    ...(title === 'not stated' ? ["The page prints no headline; the English title is the editors' description."] : []),
    ...(options.title !== undefined && cleaned.title === undefined
      ? ['The headline is as the editor gives it: the page does not print it on a line of its own.']
      : []),
    ...(publisher === 'not stated' && !cleaned.publisher ? ['The page names no publisher.'] : []),
    ...(published === 'not stated' && !cleaned.date ? ['The page states no publication date.'] : []),
  ];
  return {
    title,
    titleEn: englishTitle(title, options, language),
    publisher,
    sourceType,
    ...(options.reposts !== undefined ? { reposts: options.reposts } : {}),
    ...(options.translates !== undefined ? { translates: options.translates } : {}),
    excerpt: options.excerpt ?? false,
    ...(options.author !== undefined ? { author: options.author } : {}),
    language,
    published,
    ...(options.url !== undefined ? { url: options.url } : {}),
    archived: options.archived,
    sha256,
    raw: `raw/${options.id}.txt`,
    removed: cleaned.removed,
    // The editor lists figures that need no entry after writing the entries.
    uncitedFigures: [],
    remarks: [...unstated, ...cleaned.notes, ...(options.remarks ?? [])],
    blocks: cleaned.blocks,
    ...(evidence !== undefined ? { languageDetected: evidence } : {}),
  };
}

/** Dates must stay strings: unquoted, a YAML 1.1 reader (Astro's frontmatter parser among them) makes them timestamps. */
const DATE_LIKE = /^\d{4}(?:-\d{2}){0,2}$/u;

/**
 * The Markdown text of a source entry: frontmatter in the schema's field order, then the blocks
 * separated by blank lines. Refuses data the schema rejects, so a broken entry is never written.
 */
export function renderSourceEntry({ blocks, removed, languageDetected: _, ...fields }: SourceEntryInput): string {
  // The removed text stays in the report: page chrome must never reach the site.
  const data = { ...fields, removed: removed.map(({ from, to, reason }) => ({ from, to, reason })) };
  const result = sourceSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const { path, message } = describeIssue(issue, sourceSchema, data);
      return `  ${formatPath(path)}: ${message}`;
    });
    throw new IngestError(`The entry would not be valid:\n${problems.join('\n')}`);
  }
  const parsed: Record<string, unknown> = result.data;
  const ordered = Object.fromEntries(
    Object.keys(sourceSchema.shape)
      .filter((key) => key in parsed)
      .map((key) => [key, parsed[key]]),
  );
  const doc = new Document(ordered);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && DATE_LIKE.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return `---\n${doc.toString({ lineWidth: 100 })}---\n\n${blocks.join('\n\n')}\n`;
}

/** The publication date as the report shows it, with the reasoning when it was inferred. */
function describePublished(published: SourceData['published']): string {
  if (published === 'not stated') return published;
  const inferred = published.inferred ? `; inferred: ${published.inferred}` : '';
  return `${published.date} (${published.precision}${inferred})`;
}

/** The numbered non-blank lines of a removed span, as the report quotes them. */
function quoteSpan(span: RemovedSpan): string[] {
  return span.text
    .split('\n')
    .map((text, offset) => ({ n: span.from + offset, text: text.trim() }))
    .filter(({ text }) => text !== '')
    .map(({ n, text }) => `    ${String(n).padStart(4)} | ${text}`);
}

/** The editors' report: the metadata, every removed span with its reason and text, and the remarks. */
export function renderReport(rawFile: string, id: string, entry: SourceEntryInput): string {
  const headings = entry.blocks.filter((block) => block.startsWith('## ')).length;
  const lines = [
    `Ingest report for source "${id}", from ${rawFile}`,
    '',
    `Title:         ${entry.title}`,
    `English title: ${entry.titleEn}`,
    `Publisher:     ${entry.publisher}`,
    `Published:     ${describePublished(entry.published)}`,
    `Language:      ${entry.language}${entry.languageDetected ? ` (${entry.languageDetected})` : ''}`,
    `Archived:      ${entry.archived}`,
    `sha256:        ${entry.sha256}`,
    '',
    `Removed ${entry.removed.length} span${entry.removed.length === 1 ? '' : 's'}:`,
    ...entry.removed.flatMap((span) => [
      `  ${span.from === span.to ? `line ${span.from}` : `lines ${span.from}–${span.to}`}: ${span.reason}`,
      ...quoteSpan(span),
    ]),
    '',
    'Remarks:',
    ...entry.remarks.map((remark) => `  - ${remark}`),
    '',
    `Kept ${entry.blocks.length} blocks: ${entry.blocks.length - headings} paragraphs, ${headings} subheadings.`,
  ];
  return `${lines.join('\n')}\n`;
}
