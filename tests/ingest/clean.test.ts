import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cleanRawText } from '../../src/lib/ingest/clean.ts';
import { splitBlocks } from '../../src/lib/source-text.ts';
import { root } from '../helpers/paths.ts';

const fixtures = join(root, 'tests', 'ingest', 'fixtures', 'raw');

// The reasons as editors read them in the entries; each test below names the exact spans.
const NAVIGATION = 'site navigation (menu, search and social links)';
const SECTION_LABEL = 'section label in the page header';
const HEADLINE = 'headline, kept as the title';
const REPEATED_HEADLINE = 'repeated headline';
const DATE_LINE = 'date line, offered as the publication date';
const SHARE = 'share buttons';
const RATING = 'rating widget';
const PHOTO_NUMBER = 'photo number left from an image gallery';
const COMMENT_FORM = 'comment form';
const CONTACT = "publisher's address and contact details";
const COPYRIGHT = 'copyright notice, its holder offered as the publisher';
const APPENDED = 'another article, appended after the repeated headline that closes this one';
const RELATED = 'heading of a list of other articles';
const CREDIT = 'credit line naming the publisher, kept as the publisher';

type Span = [from: number, to: number, reason: string];

/** What careful reading of each raw page says the cleaner must produce. */
type Expected = {
  file: string;
  /** The opening and closing words of the article. */
  first: string;
  last: string;
  removed: Span[];
  headings: string[];
  title?: string;
  date?: { date: string; precision: 'day'; asPrinted: string };
  publisher?: string;
};

const pages: Expected[] = [
  {
    // A blog post without headline, date or publisher; emoji subheadings; no blank lines at all.
    // Its closing call to comment is the author's own question to the reader, so it stays.
    file: '000_2c16f30cd669112d.txt',
    first: 'Während Shenzhen, Peking und Shanghai bereits als wichtige Tech-Hubs bekannt sind',
    last: 'Wird Hangzhou zur neuen Tech-Hauptstadt Chinas? Schreiben Sie Ihre Meinung in die Kommentare!',
    removed: [],
    headings: [
      '🌍 Warum Hangzhou als Tech-Metropole aufsteigt',
      '💡 Große Investitionen und politische Unterstützung',
      '📈 Einflussreiche Unternehmen und Startups',
      '🔍 Herausforderungen und Chancen für Gründer',
      '🔮 Fazit:',
    ],
  },
  {
    file: '001_a912c9b2677aa7a9.txt',
    first: 'Die Stadt Shanghai hat einen Subventionsplan',
    last: 'Das Rennen hat gerade erst begonnen.',
    removed: [
      [1, 1, HEADLINE],
      [12, 12, CREDIT],
    ],
    headings: [],
    title: 'Shanghai liegt im KI-Rennen zurück und gibt 120 Millionen Euro an Subventionen frei',
    publisher: 'Courrier International',
  },
  {
    file: '002_973af7d62e12bd4e.txt',
    first: 'Landlocked cities such as Guizhou and Chengdu',
    last: 'saw a 64 per cent and 53 per cent growth in new companies, according to the report.',
    removed: [
      [1, 5, NAVIGATION],
      [6, 6, SECTION_LABEL],
      [8, 8, HEADLINE],
      [9, 9, DATE_LINE],
      [10, 10, SHARE],
      [11, 12, RATING],
      [14, 14, PHOTO_NUMBER],
      [20, 20, PHOTO_NUMBER],
      [34, 34, PHOTO_NUMBER],
      [44, 44, PHOTO_NUMBER],
      [56, 64, COMMENT_FORM],
      [65, 65, NAVIGATION],
      [66, 69, CONTACT],
      [70, 70, COPYRIGHT],
    ],
    headings: [],
    title: 'Which are rising tech hubs after Beijing and Shenzhen?',
    date: { date: '2017-08-15', precision: 'day', asPrinted: 'Published on: 2017-08-15' },
    publisher: 'BusinessTianjin.com',
  },
  {
    file: '003_361871149abcf447.txt',
    first: 'Im unaufhaltsamen globalen Wettlauf um technologische Vormachtstellung',
    last: 'die von Gastgewerbe und Logistik bis hin zu Altenpflege und Haushaltshilfe reichen.',
    removed: [[1, 1, HEADLINE]],
    headings: [
      'Finanzielle Feuerkraft entfesseln: Den KI- und Robotik-Motor antreiben',
      'Der Katalysator aus dem Osten: Lernen von Zhejiangs Aufstieg',
      'Nutzung heimischer Titanen: Der Faktor Huawei und Tencent',
      'Der Guangdong-Vorteil: Jenseits finanzieller Anreize',
      'Kultivierung des Ökosystems: Talent, Zusammenarbeit und Kerntechnologien',
      'Die Zukunft präsentieren: Robotik im Mittelpunkt',
    ],
    title: 'Guangdongs Gambit: Globaler KI- & Robotik-Nexus',
  },
  {
    // After the article the page repeats its headline four times, then carries a report on
    // protests in Iran (with its own headline twice) and a "Recommended Articles" heading.
    file: '004_d6a69832709aa93b.txt',
    first: 'The eastern Chinese tech city of Hangzhou, home to e-commerce giant Alibaba',
    last: 'so as to make Hangzhou the most dynamic fertile soil for innovation and entrepreneurship," said Fang Yi, deputy mayor of Hangzhou.',
    removed: [
      [1, 1, NAVIGATION],
      [3, 3, HEADLINE],
      [5, 9, SECTION_LABEL],
      [11, 11, REPEATED_HEADLINE],
      [13, 13, DATE_LINE],
      [51, 57, REPEATED_HEADLINE],
      [59, 81, APPENDED],
      [83, 83, RELATED],
    ],
    headings: [],
    title: "China's Hangzhou drives vitality in sci-tech sector via innovations",
    date: { date: '2025-02-17', precision: 'day', asPrinted: '2025-02-17 10:29 Last Updated At:11:07' },
  },
];

/** A line's text as the cleaner may keep it: trimmed, spaces collapsed, no stray space before punctuation. */
const asKept = (line: string) =>
  line
    .trim()
    .replace(/\s+/gu, ' ')
    .replace(/ ([,.;:!?])(?=\s|$)/gu, '$1');

for (const expected of pages) {
  describe(expected.file, () => {
    const rawLines = readFileSync(join(fixtures, expected.file), 'utf8').split(/\r\n|\r|\n/u);
    const cleaned = cleanRawText(rawLines.join('\n'));
    const text = cleaned.blocks.map(asKept).join('\n');
    const isRemoved = (n: number) => expected.removed.some(([from, to]) => from <= n && n <= to);

    test('the article starts and ends with its own words', () => {
      assert.ok(cleaned.blocks[0]?.startsWith(expected.first), cleaned.blocks[0]);
      assert.ok(cleaned.blocks.at(-1)?.endsWith(expected.last), cleaned.blocks.at(-1));
    });

    test('removes exactly the page chrome, each span with its reason', () => {
      assert.deepEqual(
        cleaned.removed.map(({ from, to, reason }): Span => [from, to, reason]),
        expected.removed,
      );
    });

    test('keeps the text of every other non-blank line', () => {
      for (const [index, line] of rawLines.entries()) {
        if (line.trim() === '' || isRemoved(index + 1)) continue;
        assert.ok(text.includes(asKept(line)), `line ${index + 1} is missing: ${line}`);
      }
    });

    test('no removed line reaches the article', () => {
      const blocks = new Set(cleaned.blocks.map((block) => block.replace(/^## /u, '')));
      for (const span of cleaned.removed) {
        for (const line of span.text.split('\n')) assert.ok(!blocks.has(line.trim()), `kept: ${line}`);
      }
    });

    test('each removed span quotes its raw lines', () => {
      for (const span of cleaned.removed) assert.equal(span.text, rawLines.slice(span.from - 1, span.to).join('\n'));
    });

    test('marks the subheadings', () => {
      const headings = cleaned.blocks.filter((block) => block.startsWith('## ')).map((block) => block.slice(3));
      assert.deepEqual(headings, expected.headings);
    });

    test('reports the title, date and publisher the page gives', () => {
      assert.equal(cleaned.title, expected.title);
      assert.deepEqual(cleaned.date, expected.date);
      assert.equal(cleaned.publisher, expected.publisher);
    });
  });
}

test('004: nothing of the appended article on Iran is kept', () => {
  const { blocks } = cleanRawText(readFileSync(join(fixtures, '004_d6a69832709aa93b.txt'), 'utf8'));
  assert.ok(blocks.every((block) => !/Iran|Pezeshkian|Recommended/u.test(block)));
});

test('002: the line split off after a stripped link is joined to the line above', () => {
  const { blocks, notes } = cleanRawText(readFileSync(join(fixtures, '002_973af7d62e12bd4e.txt'), 'utf8'));
  assert.ok(
    blocks.includes(
      'Guiyang, a south-western city which has until recently been known more for its widespread poverty than its burgeoning innovation, is one such city.',
    ),
  );
  assert.ok(notes.some((note) => note.includes('joined to the line above (raw line 22)')));
});

test('001: the cleaned text is the archived entry body, stray spaces before punctuation removed', () => {
  const { blocks, notes } = cleanRawText(readFileSync(join(fixtures, '001_a912c9b2677aa7a9.txt'), 'utf8'));
  const entry = readFileSync(join(root, 'content', 'sources', 'courrier-shanghai-ai-subsidies.md'), 'utf8');
  const body = entry.replace(/^---\n[\s\S]*?\n---\n/u, '');
  assert.equal(blocks.join('\n\n'), body.trim());
  assert.deepEqual(
    blocks,
    splitBlocks(body).map((block) => block.text),
  );
  assert.ok(
    notes.includes('Spaces before punctuation, left where links were stripped, were removed (raw lines 4 and 6).'),
  );
});

describe('rules on small pages', () => {
  test('a page that opens with a paragraph has no headline', () => {
    const cleaned = cleanRawText('Hangzhou is growing fast. Its labs hire every month.\nMore follows here.');
    assert.equal(cleaned.title, undefined);
    assert.deepEqual(cleaned.removed, []);
  });

  test('a short line is a subheading only when a paragraph follows it', () => {
    const { blocks } = cleanRawText(
      'A Headline Of Some Words\n\nFirst paragraph.\n\nA short line\n\nSecond paragraph.\n\nTwo headings\nin a row\nThird paragraph.',
    );
    assert.deepEqual(blocks, [
      'First paragraph.',
      '## A short line',
      'Second paragraph.',
      'Two headings',
      '## in a row',
      'Third paragraph.',
    ]);
  });

  test('without a repeated headline, nothing counts as an appended article', () => {
    const { removed, blocks } = cleanRawText('Title of the piece here\n\nBody text one.\n\nBody text two.');
    assert.deepEqual(
      removed.map((span) => span.reason),
      [HEADLINE],
    );
    assert.deepEqual(blocks, ['Body text one.', 'Body text two.']);
  });

  test('a sentence about copyright is article text, a notice with a year is not', () => {
    const { blocks, publisher } = cleanRawText(
      'Copyright rules for AI models\n\nCopyright law is being rewritten.\n\n© 2020–2025 Example Daily',
    );
    assert.deepEqual(blocks, ['Copyright law is being rewritten.']);
    assert.equal(publisher, 'Example Daily');
  });

  test('line numbers count CRLF line ends once', () => {
    const { removed } = cleanRawText('Home | News | Contact Us\r\n\r\nSome title of the article\r\nThe text.');
    assert.deepEqual(
      removed.map(({ from, to }) => [from, to]),
      [
        [1, 1],
        [3, 3],
      ],
    );
  });
});
