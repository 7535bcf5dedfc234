import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { splitBlocks } from '../../src/lib/source-text.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { scratch } from '../helpers/fixtures.ts';
import { root } from '../helpers/paths.ts';

const article = join(root, 'tests', 'ingest', 'fixtures', 'new-article.txt');

/** A copy of the real content folder to ingest into. */
function contentCopy(): string {
  const dir = scratch('ingest');
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

/** Runs `npm run ingest`'s script from the project root. */
function ingest(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts', 'ingest.ts'), ...args], { cwd: root, encoding: 'utf8' });
}

/** The frontmatter and body of an entry file. */
function readEntry(file: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/u.exec(readFileSync(file, 'utf8'));
  assert.ok(match, `${file} has no frontmatter`);
  return { data: parse(match[1] ?? ''), body: readFileSync(file, 'utf8').slice(match[0].length) };
}

describe('ingesting a new article', () => {
  const content = contentCopy();
  const result = ingest(
    article,
    '--id',
    'suzhou-compute-vouchers',
    '--source-type',
    'news',
    '--archived',
    '2026-11-23',
    '--content-dir',
    content,
  );
  const entryFile = join(content, 'sources', 'suzhou-compute-vouchers.md');

  test('succeeds and prints the report it writes beside the raw copy', () => {
    assert.equal(result.status, 0, result.stderr);
    const report = readFileSync(join(content, 'sources', 'raw', 'suzhou-compute-vouchers.report.txt'), 'utf8');
    assert.ok(result.stdout.startsWith(report));
    // Every removed span with its lines, reason and text.
    assert.match(
      report,
      /lines 21–23: publisher's address and contact details\n {6}21 \| Address: 1 Example Road, Gusu District\.\n {6}22 \| 215000 SUZHOU\. PR CHINA\n/u,
    );
    assert.match(report, /line 20: repeated headline\n {6}20 \| Suzhou opens compute vouchers to small AI firms\n/u);
  });

  test('copies the raw file byte for byte', () => {
    assert.deepEqual(
      readFileSync(join(content, 'sources', 'raw', 'suzhou-compute-vouchers.txt')),
      readFileSync(article),
    );
  });

  test('writes an entry whose frontmatter the source schema accepts', () => {
    const { data } = readEntry(entryFile);
    const parsed = sourceSchema.parse(data);
    assert.deepEqual(
      { ...parsed, removed: undefined, remarks: undefined },
      {
        title: 'Suzhou opens compute vouchers to small AI firms',
        titleEn: 'Suzhou opens compute vouchers to small AI firms',
        publisher: 'Example Daily',
        sourceType: 'news',
        excerpt: false,
        language: 'en',
        published: { date: '2025-06-03', precision: 'day' },
        archived: '2026-11-23',
        sha256: createHash('sha256').update(readFileSync(article)).digest('hex'),
        raw: 'raw/suzhou-compute-vouchers.txt',
        removed: undefined,
        uncitedFigures: [],
        remarks: undefined,
      },
    );
    assert.deepEqual(parsed.removed, [
      { from: 1, to: 2, reason: 'site navigation (menu, search and social links)' },
      { from: 4, to: 4, reason: 'section label in the page header' },
      { from: 6, to: 6, reason: 'headline, kept as the title' },
      { from: 7, to: 7, reason: 'date line, offered as the publication date' },
      { from: 8, to: 8, reason: 'share buttons' },
      { from: 10, to: 10, reason: 'photo number left from an image gallery' },
      { from: 17, to: 17, reason: 'photo number left from an image gallery' },
      { from: 20, to: 20, reason: 'repeated headline' },
      { from: 21, to: 23, reason: "publisher's address and contact details" },
      { from: 24, to: 24, reason: 'copyright notice, its holder offered as the publisher' },
    ]);
    assert.deepEqual(parsed.remarks, [
      'The page prints a date line (raw line 7) that gives 2025-06-03 as the publication date.',
      'The copyright notice (raw line 24) names the publisher, Example Daily.',
      'Spaces before punctuation, left where links were stripped, were removed (raw lines 11 and 13).',
      'Lines starting with punctuation, split off where a link was stripped, were joined to the line above (raw line 15).',
    ]);
  });

  test('quotes the dates, so that YAML 1.1 readers keep them as text', () => {
    const text = readFileSync(entryFile, 'utf8');
    assert.match(text, /^archived: "2026-11-23"$/mu);
    assert.match(text, /^ {2}date: "2025-06-03"$/mu);
  });

  test('the body holds the article paragraphs and nothing else', () => {
    const { body } = readEntry(entryFile);
    assert.deepEqual(
      splitBlocks(body).map((block) => block.text),
      [
        "Suzhou, the manufacturing city west of Shanghai, will hand out compute vouchers worth 50 million yuan a year to small firms that train or adapt AI models, the city's industry bureau said on Tuesday.",
        'Firms with fewer than 300 employees may claim up to 30 per cent of their rented computing costs, capped at 2 million yuan per firm, according to the notice.',
        'Yangtze River Delta, where the vouchers can be spent at any listed data centre, is meant to become a single computing market.',
        'Officials said the first round of applications opens in July.',
      ],
    );
  });

  test('refuses to replace the entry without --force, and replaces it with --force', () => {
    const again = ingest(article, '--id', 'suzhou-compute-vouchers', '--source-type', 'news', '--content-dir', content);
    assert.equal(again.status, 1);
    assert.equal(again.stderr, `ingest: ${relative(root, entryFile)} already exists. Pass --force to replace it.\n`);
    const forced = ingest(
      article,
      '--id',
      'suzhou-compute-vouchers',
      '--source-type',
      'news',
      '--archived',
      '2026-11-24',
      '--content-dir',
      content,
      '--force',
    );
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(readFileSync(entryFile, 'utf8'), /^archived: "2026-11-24"$/mu);
  });
});

describe('the source type and the headline as printed', () => {
  const content = contentCopy();
  const result = ingest(
    article,
    '--id',
    'suzhou-repost',
    '--source-type',
    'repost',
    '--reposts',
    'An Example Daily report',
    '--translates',
    'Example Daily',
    '--excerpt',
    '--title',
    'Compute vouchers for small AI firms',
    '--content-dir',
    content,
  );

  test('are recorded in the entry', () => {
    assert.equal(result.status, 0, result.stderr);
    const data = sourceSchema.parse(readEntry(join(content, 'sources', 'suzhou-repost.md')).data);
    assert.deepEqual(
      [data.sourceType, data.reposts, data.translates, data.excerpt, data.title, data.titleEn],
      [
        'repost',
        'An Example Daily report',
        'Example Daily',
        true,
        'Compute vouchers for small AI firms',
        'Compute vouchers for small AI firms',
      ],
    );
    // The page prints its own headline, which the editor's --title replaces; it stays article text.
    assert.ok(
      data.remarks.includes('The headline is as the editor gives it: the page does not print it on a line of its own.'),
    );
    assert.match(
      readEntry(join(content, 'sources', 'suzhou-repost.md')).body,
      /^Suzhou opens compute vouchers to small AI firms$/mu,
    );
  });
});

describe('--help', () => {
  const options = [
    '--id',
    '--source-type',
    '--reposts',
    '--translates',
    '--excerpt',
    '--title',
    '--title-en',
    '--language',
    '--publisher',
    '--author',
    '--url',
    '--published',
    '--precision',
    '--inferred',
    '--remark',
    '--archived',
    '--content-dir',
    '--force',
    '--help',
  ];

  test('prints every option, one line each, and exits 0; -h does the same', () => {
    const help = ingest('--help');
    assert.equal(help.status, 0, help.stderr);
    for (const option of options) {
      const described = help.stdout
        .split('\n')
        .filter((line) => line.trimStart().replace(/^-h, /u, '').startsWith(`${option} `));
      assert.equal(described.length, 1, option);
    }
    const short = ingest('-h');
    assert.deepEqual([short.status, short.stdout, short.stderr], [0, help.stdout, '']);
  });
});

describe('refusals', () => {
  const content = contentCopy();
  const scratchFile = (name: string, bytes: Uint8Array | string) => {
    const file = join(content, '..', name);
    writeFileSync(file, bytes);
    return file;
  };
  /** Runs the ingest into the scratch content folder and expects a refusal with this message and no entry. */
  const refusesArgs = (id: string, message: string, ...args: string[]) => {
    const result = ingest(...args, '--id', id, '--content-dir', content);
    assert.equal(result.stderr, `ingest: ${message}\n`);
    assert.equal(result.status, 1);
    assert.equal(existsSync(join(content, 'sources', `${id}.md`)), false);
  };
  /** The same for a news page. */
  const refuses = (file: string, id: string, message: string, ...options: string[]) =>
    refusesArgs(id, message, file, '--source-type', 'news', ...options);

  test('an empty file', () => {
    const file = scratchFile('empty.txt', '');
    refuses(file, 'empty', `"${file}" is empty: there is no article text to ingest.`);
  });

  test('a file of whitespace only', () => {
    const file = scratchFile('blank.txt', ' \n\u00a0\n\n');
    refuses(file, 'blank', `"${file}" is empty: there is no article text to ingest.`);
  });

  test('a binary file (NUL bytes)', () => {
    const file = scratchFile('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    refuses(
      file,
      'image',
      `"${file}" is not UTF-8 text (it holds NUL bytes or invalid UTF-8). Save the page's text as UTF-8 and try again.`,
    );
  });

  test('a file that is not UTF-8 (Latin-1)', () => {
    const file = scratchFile('latin1.txt', new Uint8Array([0x48, 0xf6, 0x68, 0x65, 0x0a]));
    refuses(
      file,
      'latin1',
      `"${file}" is not UTF-8 text (it holds NUL bytes or invalid UTF-8). Save the page's text as UTF-8 and try again.`,
    );
  });

  test('a missing file', () => {
    const file = join(content, '..', 'missing.txt');
    refuses(file, 'missing', `Cannot read "${file}": no such file.`);
  });

  test('a page with no article paragraph left after cleaning', () => {
    const file = scratchFile(
      'chrome.txt',
      'Home | News | Contact Us\n\nSearch:\n\nCopyright 2025 Example Daily. All rights reserved.\n',
    );
    refuses(
      file,
      'chrome',
      'No article paragraph is left after cleaning: every line of text was taken for page chrome.',
    );
  });

  test('an invalid id', () => {
    refuses(
      article,
      'Suzhou_Vouchers',
      'Invalid id "Suzhou_Vouchers": use lower-case letters, digits and single hyphens, such as "shanghai-ai-subsidies".',
    );
  });

  test('a non-English article without --title-en', () => {
    const file = scratchFile(
      'german.txt',
      'Die Stadt fördert KI\n\nDie Stadt hat einen Plan für die Förderung von KI vorgestellt, und er ist nicht klein.\n',
    );
    refuses(file, 'german', '--title-en is required: the article is in "de", so give the editors\' English title.');
  });

  test('a malformed --published date', () => {
    refuses(
      article,
      'bad-date',
      '--published "2025-6" is not a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD", nor "not stated".',
      '--published',
      '2025-6',
    );
  });

  test('no --source-type, or one the schema does not know', () => {
    const values = 'official, state-media, news, repost, aggregator, blog';
    refusesArgs('no-type', `--source-type is required: say what kind of page this is, one of ${values}.`, article);
    refusesArgs('bad-type', `--source-type "press" is not one of ${values}.`, article, '--source-type', 'press');
  });

  test('a repost that does not say what it reposts', () => {
    refuses(
      article,
      'repost',
      '--source-type repost needs --reposts: give the outlet or document the page says it reposts.',
      '--source-type',
      'repost',
    );
  });

  test('an unknown option, such as the old --syndicated-from', () => {
    refuses(
      article,
      'old-option',
      'Unknown option "--syndicated-from". Run "npm run ingest -- --help" to list the options.',
      '--syndicated-from',
      'Xinhua',
    );
  });
});
