// Archives the raw text of a web page as a source entry (see `usage`). The work is done by
// src/lib/ingest/: this script only reads the raw file, writes the entry's files and reports.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanRawText } from '../src/lib/ingest/clean.ts';
import {
  assertValidId,
  decodeRawText,
  IngestError,
  isoDay,
  renderReport,
  renderSourceEntry,
  sourceEntry,
} from '../src/lib/ingest/entry.ts';
import { sourceTypes } from '../src/schemas/source.ts';

const usage = `Usage: npm run ingest -- <raw file> --id <id> --source-type <type> [options]

  --id <id>               the entry's id (lower-case words joined by hyphens)
  --source-type <type>    what kind of page this is: ${sourceTypes.join(', ')}
  --reposts <what>        what a repost reposts, as the page names it (required with --source-type repost)
  --translates <outlet>   the outlet whose article the page translates
  --excerpt               the archived text is only the first part of the page
  --title <text>          the headline as printed, when the page's first line is not it
  --title-en <text>       English title; required unless the article is in English and has a headline
  --language <tag>        BCP 47 tag such as "de" or "zh-Hans"; detected from the script when omitted
  --publisher <name>      overrides the publisher named on the page
  --author <name>         the author, when named
  --url <address>         the original page's address
  --published <date>      "YYYY", "YYYY-MM", "YYYY-MM-DD" or "not stated"; overrides a date line
  --precision <p>         day, month or year (defaults to how the date is written)
  --inferred <text>       how the date was inferred, when the page does not state it
  --remark <text>         a remark on the source (repeatable)
  --archived <day>        the archive date, "YYYY-MM-DD" (default: today)
  --content-dir <dir>     the content folder (default: content)
  --force                 replace an existing entry
  -h, --help              print this help and exit`;

const HELP_HINT = 'Run "npm run ingest -- --help" to list the options.';

const text = { type: 'string' } as const;

function ingest(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      id: text,
      'source-type': text,
      reposts: text,
      translates: text,
      excerpt: { type: 'boolean' },
      title: text,
      'title-en': text,
      language: text,
      publisher: text,
      author: text,
      url: text,
      published: text,
      precision: text,
      inferred: text,
      remark: { type: 'string', multiple: true },
      archived: text,
      'content-dir': text,
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const [rawFile, ...extra] = positionals;
  if (rawFile === undefined || extra.length > 0 || values.id === undefined) {
    throw new IngestError(`Give one raw file and an --id.\n\n${usage}`);
  }
  const id = values.id;
  assertValidId(id);

  const sources = resolve(values['content-dir'] ?? 'content', 'sources');
  const files = {
    entry: join(sources, `${id}.md`),
    raw: join(sources, 'raw', `${id}.txt`),
    report: join(sources, 'raw', `${id}.report.txt`),
  };
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
    cleanRawText(decodeRawText(bytes, rawFile), { title: values.title }),
    {
      id,
      archived: values.archived ?? isoDay(new Date()),
      sourceType: values['source-type'],
      reposts: values.reposts,
      translates: values.translates,
      excerpt: values.excerpt,
      title: values.title,
      titleEn: values['title-en'],
      language: values.language,
      publisher: values.publisher,
      author: values.author,
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
  process.stdout.write(
    `${report}\nWrote ${Object.values(files)
      .map((file) => relative(process.cwd(), file))
      .join(', ')}.\n`,
  );
}

try {
  ingest(process.argv.slice(2));
} catch (error) {
  // Refusals and command-line mistakes are the editor's to fix: a message, not a stack trace.
  const isArgumentError = String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');
  if (!(error instanceof IngestError) && !isArgumentError) throw error;
  // Node's own advice on unknown options (quoting them after "--") would make them raw files.
  const unknown = /^Unknown option '([^']+)'/u.exec((error as Error).message)?.[1];
  const message = unknown === undefined ? (error as Error).message : `Unknown option "${unknown}".`;
  process.stderr.write(`ingest: ${isArgumentError ? `${message.replace(/\.?$/u, '.')} ${HELP_HINT}` : message}\n`);
  process.exitCode = 1;
}
