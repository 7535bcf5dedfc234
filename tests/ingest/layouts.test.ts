// Invented pages in the layouts the archive meets (Chinese government and news portals, a
// traditional-character repost, English news and a press release), each cleaned exactly as an
// editor reading it would: the article's blocks, every removed span with its reason, the
// headline taken, the date and publisher offered, and the language detected from the text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cleanRawText } from '../../src/lib/ingest/clean.ts';
import { renderReport, sourceEntry } from '../../src/lib/ingest/entry.ts';
import { root } from '../helpers/paths.ts';

const layouts = join(root, 'tests', 'ingest', 'fixtures', 'layouts');

const SITE_NAME = 'site name in the page header';
const SECTION_LABEL = 'section label in the page header';
const NAVIGATION = 'site navigation (menu, search and social links)';
const BREADCRUMB = 'breadcrumb (where the page sits in the site)';
const HEADLINE = 'headline, kept as the title';
const BYLINE = 'byline (date, source, author or view count), a date in it offered as the publication date';
const DATE_LINE = 'date line, offered as the publication date';
const FONT_SIZE = 'font-size widget';
const PRINT_CLOSE = 'print and close links';
const PAGE_TOOLS = 'font-size widget with print and close links';
const SHARE = 'share buttons';
const EDITORS = 'editor credits';
const QR_CODE = 'QR code prompt';
const REGISTRATION = 'site registration numbers (ICP licence, site code)';
const REPOST_NOTICE = 'repost notice (where the text was taken from)';
const RELATED = 'heading of a list of other articles';
const RELATED_HEADLINE = 'headline in a list of other articles';
const PROMOTION = 'promotion (newsletter sign-up, app download)';
const COMMENT_FORM = 'comment form';
const COOKIES = 'cookie notice';
const RELEASE_END = 'end of the press release ("Ends", date and issue time), its date offered as the publication date';
const COPYRIGHT = 'copyright notice, its holder offered as the publisher';

type Span = [from: number, to: number, reason: string];

type Expected = {
  file: string;
  /** The headline as the editor gives it (--title), when the page's first title-like line is not it. */
  givenTitle?: string;
  blocks: string[];
  removed: Span[];
  title: string;
  date: string;
  publisher?: string;
  language: string;
};

const pages: Expected[] = [
  {
    // A policy notice on a city government portal: the notice, the measures it issues with their
    // numbered headings, the attachment line and the signature are the document; the rest is site.
    file: 'zh-gov-policy.txt',
    blocks: [
      '示府办发〔2025〕12号',
      '各区人民政府，市政府各部门，各有关单位：',
      '《示例市促进人工智能产业发展若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。',
      '## 示例市促进人工智能产业发展若干措施',
      '为加快建设人工智能创新高地，推动人工智能与实体经济深度融合，制定以下措施。',
      '## 一、总体要求',
      '## （一）工作目标',
      '到2027年，全市人工智能核心产业规模达到500亿元，培育10家以上具有行业影响力的骨干企业。',
      '## （二）基本原则',
      '坚持应用牵引、企业主体、开放合作，统筹发展和安全。',
      '## 二、重点措施',
      '1.加大算力支持。对在本市租用智能算力的中小企业，按照实际支出的30%给予补贴，每家企业每年最高200万元。',
      '2.支持模型研发。对通过备案的大模型，给予一次性奖励100万元。',
      '3.强化人才保障。对引进的高层次人工智能人才，按规定给予住房和子女入学等支持。',
      '## 三、保障措施',
      '本措施自2025年6月1日起施行，有效期3年。由市工业和信息化局负责解释。',
      '附件：示例市人工智能算力券申领表',
      '示例市人民政府办公室',
      '2025年5月27日',
    ],
    removed: [
      [1, 1, SITE_NAME],
      [2, 5, SECTION_LABEL],
      [6, 6, BREADCRUMB],
      [8, 8, HEADLINE],
      [9, 9, BYLINE],
      [10, 10, PAGE_TOOLS],
      [33, 33, PRINT_CLOSE],
      [34, 34, QR_CODE],
      [35, 35, COPYRIGHT],
      [36, 36, REGISTRATION],
    ],
    title: '示例市人民政府办公室关于印发示例市促进人工智能产业发展若干措施的通知',
    date: '2025-05-27',
    publisher: '示例市人民政府办公室',
    language: 'zh-Hans (detected from the script: 346 Han characters, 64 simplified-only, 0 traditional-only)',
  },
  {
    file: 'zh-news-portal.txt',
    blocks: [
      '本报讯 示例市工业和信息化局3日发布消息，首批算力券已发放给112家中小企业，总额度达8000万元。',
      '据介绍，算力券可用于在本市算力平台租用智能算力，企业最高可抵扣30%的费用。',
      '“算力券降低了我们训练模型的成本。”示例市一家人工智能初创企业负责人表示。',
      '下一步，示例市将扩大算力券发放范围，并建设公共算力服务平台。',
    ],
    removed: [
      [1, 1, SITE_NAME],
      [2, 5, SECTION_LABEL],
      [6, 6, BREADCRUMB],
      [8, 8, HEADLINE],
      [9, 9, BYLINE],
      [10, 10, FONT_SIZE],
      [11, 14, SHARE],
      [21, 21, EDITORS],
      [22, 22, RELATED],
      [23, 25, RELATED_HEADLINE],
      [26, 26, COPYRIGHT],
    ],
    title: '示例市发放首批算力券 百家中小企业受益',
    date: '2025-06-03',
    publisher: '示例新闻网',
    language: 'zh-Hans (detected from the script: 130 Han characters, 21 simplified-only, 0 traditional-only)',
  },
  {
    // A traditional-character site reposting a daily's report; the notice saying so is the site's.
    file: 'zh-hant-repost.txt',
    blocks: [
      '示例市政府日前公佈《促進人工智能產業發展若干措施》，' +
        '對租用智能算力的中小企業給予實際支出30%的補貼，每家企業每年最高200萬元。',
      '分析人士指出，這項措施有助降低初創企業訓練大模型的成本。',
      '此外，示例市對通過備案的大模型給予一次性獎勵100萬元。',
    ],
    removed: [
      [1, 1, SITE_NAME],
      [2, 2, BREADCRUMB],
      [4, 4, HEADLINE],
      [5, 5, BYLINE],
      [6, 6, SHARE],
      [7, 7, FONT_SIZE],
      [13, 13, REPOST_NOTICE],
      [14, 14, EDITORS],
      [15, 15, RELATED],
      [16, 17, RELATED_HEADLINE],
      [18, 18, PRINT_CLOSE],
    ],
    title: '示例市推出算力券 中小企業最高可獲200萬元補貼',
    date: '2025-05-28',
    language: 'zh-Hant (detected from the script: 103 Han characters, 0 simplified-only, 19 traditional-only)',
  },
  {
    // The pitch between "Subscribe to our newsletter" and "Sign up" belongs to the promotion.
    file: 'en-news.txt',
    blocks: [
      'Example City has handed out its first compute vouchers, worth 80 million yuan in all, to 112 small firms, ' +
        "the city's industry bureau said on Tuesday.",
      'The vouchers cover up to 30 per cent of what a firm spends on rented computing power.',
      'A second round is planned for the autumn, officials said.',
    ],
    removed: [
      [1, 1, SITE_NAME],
      [2, 2, NAVIGATION],
      [3, 3, SECTION_LABEL],
      [5, 5, HEADLINE],
      [6, 6, BYLINE],
      [7, 7, DATE_LINE],
      [11, 13, PROMOTION],
      [19, 21, COMMENT_FORM],
      [23, 23, RELATED],
      [24, 25, RELATED_HEADLINE],
      [26, 26, PROMOTION],
      [27, 28, COOKIES],
      [29, 29, COPYRIGHT],
    ],
    title: 'Example City hands out its first compute vouchers',
    date: '2025-06-04',
    publisher: 'Example Tech Daily',
    language: 'en (detected from the words: 51 in Latin script, 0 German and 12 English function words)',
  },
  {
    // The government's name tops the page like a headline, so the editor names the headline.
    file: 'en-gov-release.txt',
    givenTitle: 'Example Region opens applications for AI compute vouchers',
    blocks: [
      'The Innovation and Technology Bureau announced today (May 27) that applications ' +
        'for the AI Compute Voucher Scheme will open on June 1.',
      'Under the scheme, eligible small and medium-sized enterprises may receive a subsidy of up to 30 per cent ' +
        'of their spending on computing power, capped at $2 million per enterprise.',
      'A spokesman for the Bureau said, "The scheme lowers the cost of training and adapting AI models ' +
        'for local start-ups."',
      "Applications close on August 31. Details are available on the Bureau's website.",
    ],
    removed: [
      [1, 2, COOKIES],
      [3, 3, NAVIGATION],
      [4, 4, SITE_NAME],
      [5, 5, SECTION_LABEL],
      [7, 7, HEADLINE],
      [17, 18, RELEASE_END],
      [20, 21, PROMOTION],
    ],
    title: 'Example Region opens applications for AI compute vouchers',
    date: '2025-05-27',
    language: 'en (detected from the words: 82 in Latin script, 0 German and 23 English function words)',
  },
];

for (const expected of pages) {
  describe(expected.file, () => {
    const raw = readFileSync(join(layouts, expected.file), 'utf8');
    const rawLines = raw.split('\n');
    const cleaned = cleanRawText(raw, { title: expected.givenTitle });

    test('keeps exactly the article text', () => {
      assert.deepEqual(cleaned.blocks, expected.blocks);
    });

    test('removes exactly the page chrome, each span with its reason and raw lines', () => {
      assert.deepEqual(
        cleaned.removed.map(({ from, to, reason }): Span => [from, to, reason]),
        expected.removed,
      );
      for (const span of cleaned.removed) assert.equal(span.text, rawLines.slice(span.from - 1, span.to).join('\n'));
    });

    test('takes the headline as the title and offers the date and publisher printed', () => {
      assert.equal(cleaned.title, expected.title);
      assert.equal(cleaned.date?.date, expected.date);
      assert.equal(cleaned.publisher, expected.publisher);
    });

    test('detects the language without --language, and the report says from what', () => {
      const options = { id: 'x', archived: '2026-11-23', sourceType: 'news', titleEn: 'T' };
      const entry = sourceEntry(cleaned, options, 'a'.repeat(64));
      assert.equal(`${entry.language} (${entry.languageDetected})`, expected.language);
      assert.ok(renderReport('raw.txt', 'x', entry).includes(`\nLanguage:      ${expected.language}\n`));
    });
  });
}
