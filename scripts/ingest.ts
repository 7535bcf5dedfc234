// Archives the raw text of a web page as a source entry (see `usage`). The work is done by
// src/lib/ingest/: this script only reads the raw file, writes the entry's files and reports.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanRawText } from '../src/lib/ingest/clean.ts';
import { assertValidId, decodeRawText, IngestError, isoDay, renderReport, renderSourceEntry, sourceEntry } from '../src/lib/ingest/entry.ts';

const usage = `Usage: npm run ingest -- <raw file> --id <id> [options]

  --id <id>               the entry's id (lower-case words joined by hyphens)
  --title-en <text>       English title; required unless the article is in English and has a headline
  --language <tag>        BCP 47 tag such as "de"; detected roughly when omitted
  --publisher <name>      overrides the publisher named on the page
  --author <name>         the author, when named
  --source-type <type>    required: official, state-media, news, repost, aggregator or blog
  --reposts <what>        for a repost: the outlet or document it reposts
  --translates <outlet>   for a translation: the outlet whose article it translates
  --excerpt               the raw text is only the first part of the page
  --url <address>         the original page's address
  --published <date>      "YYYY", "YYYY-MM", "YYYY-MM-DD" or "not stated"; overrides a date line
  --precision <p>         day, month or year (defaults to how the date is written)
  --inferred <text>       how the date was inferred, when the page does not state it
  --remark <text>         a remark on the source (repeatable)
  --archived <day>        the archive date, "YYYY-MM-DD" (default: today)
  --content-dir <dir>     the content folder (default: content)
  --force                 replace an existing entry`;

const text = { type: 'string' } as const;

function ingest(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      id: text,
      'title-en': text,
      language: text,
      publisher: text,
      author: text,
      'source-type': text,
      reposts: text,
      translates: text,
      excerpt: { type: 'boolean' },
      url: text,
      published: text,
      precision: text,
      inferred: text,
      remark: { type: 'string', multiple: true },
      archived: text,
      'content-dir': text,
      force: { type: 'boolean' },
    },
  });
  const [rawFile, ...extra] = positionals;
  if (rawFile === undefined || extra.length > 0 || values.id === undefined) {
    throw new IngestError(`Give one raw file and an --id.\n\n${usage}`);
  }
  const id = values.id;
  assertValidId(id);

  const sources = resolve(values['content-dir'] ?? 'content', 'sources');
  const files = { entry: join(sources, `${id}.md`), raw: join(sources, 'raw', `${id}.txt`), report: join(sources, 'raw', `${id}.report.txt`) };
  if (existsSync(files.entry) && !values.force) {
    throw new IngestError(`${relative(process.cwd(), files.entry)} already exists. Pass --force to replace it.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(rawFile);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new IngestError(`Cannot read "${rawFile}": ${reason}.`);
  }

  const entry = sourceEntry(
    cleanRawText(decodeRawText(bytes, rawFile)),
    {
      id,
      archived: values.archived ?? isoDay(new Date()),
      titleEn: values['title-en'],
      language: values.language,
      publisher: values.publisher,
      author: values.author,
      sourceType: values['source-type'],
      reposts: values.reposts,
      translates: values.translates,
      excerpt: values.excerpt ?? false,
      url: values.url,
      published: values.published,
      precision: values.precision,
      inferred: values.inferred,
      remarks: values.remark,
    },
    createHash('sha256').update(bytes).digest('hex'),
  );
  // Render both before writing anything, so a refusal leaves no partial entry behind.
  const markdown = renderSourceEntry(entry);
  const report = renderReport(rawFile, id, entry);

  mkdirSync(join(sources, 'raw'), { recursive: true });
  writeFileSync(files.raw, bytes);
  writeFileSync(files.entry, markdown);
  writeFileSync(files.report, report);
  process.stdout.write(`${report}\nWrote ${Object.values(files).map((file) => relative(process.cwd(), file)).join(', ')}.\n`);
}

try {
  ingest(process.argv.slice(2));
} catch (error) {
  // Refusals and command-line mistakes are the editor's to fix: a message, not a stack trace.
  const isArgumentError = String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');
  if (!(error instanceof IngestError) && !isArgumentError) throw error;
  process.stderr.write(`ingest: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
