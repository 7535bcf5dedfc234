/**
 * Turns the raw text of a web page, as copied from the browser, into the paragraphs of its article.
 *
 * Every non-blank raw line ends up either in a block of the article or in a removed span that
 * says why; nothing is dropped silently. Blank lines, including lines of no-break spaces, only
 * separate paragraphs. The rules describe kinds of page chrome, never particular pages: a line is
 * removed because of what it looks like (a menu, a widget, a footer line) or because of where it
 * stands (before the article's first paragraph, after the headline that closes it).
 */
import type { PartialDate } from '../../schemas/date.ts';

/** Raw lines removed from the article: first and last line (from 1), why, and the text as it was. */
export type RemovedSpan = { from: number; to: number; reason: string; text: string };

/** A publication date printed on the page. */
export type PrintedDate = { date: string; precision: PartialDate['precision']; asPrinted: string };

/** The cleaned article and what the page said about it. */
export type CleanedText = {
  /** The article's paragraphs in order; a subheading starts with "## ". */
  blocks: string[];
  /** Every non-blank raw line that is not in `blocks`, grouped in spans of one reason. */
  removed: RemovedSpan[];
  /** Remarks for the entry: where metadata was found and how kept text was repaired. */
  notes: string[];
  /** The headline, when the page prints one. */
  title?: string;
  /** The date printed on the page, when there is a date line. */
  date?: PrintedDate;
  /** The publisher named by a credit line or copyright notice. */
  publisher?: string;
};

/** Why a line is not article text; a rule for lines that carry a date also reads it. */
type Rule = { readonly reason: string; readonly printedDate?: (text: string) => PrintedDate | undefined };
/** Chrome that the line alone gives away, wherever it stands. */
type LineRule = Rule & { readonly matches: (text: string) => boolean };

type Line = {
  /** Line number in the raw file, from 1. */
  n: number;
  raw: string;
  /** The line without surrounding whitespace (no-break spaces included); empty for a blank line. */
  text: string;
};

/** The page as the passes see it: each line with the rule that removes it, if any. */
type Page = {
  lines: Line[];
  verdicts: (Rule | undefined)[];
  /** The headline as the editor gives it, when the page's first title-like line is not it. */
  givenTitle?: string | undefined;
  headline?: Line;
};

// Text shapes: what a line looks like, independent of where it stands.

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;
const hanCount = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;
/**
 * Chinese rather than Latin-script text: a Han character counts as much as a word, since Chinese
 * writes no spaces. Shapes below measure Chinese lines in Han characters and its punctuation.
 */
const isHan = (text: string) => hanCount(text) > (text.match(/\p{Script=Latin}+/gu)?.length ?? 0);
/** Ends like a sentence, perhaps inside closing quotes or brackets. */
const endsSentence = (text: string) => /[.!?…。！？]["'”“’‘»«)\]」』）》]*$/u.test(text);
/** A paragraph rather than a title or label: a finished sentence, or too long to be anything else. */
const isProse = (text: string) =>
  endsSentence(text) || (isHan(text) ? /[；;]$/u.test(text) || hanCount(text) > 40 : wordCount(text) >= 15);
/** Compares headlines as a reader would: case and spacing aside. */
const sameText = (a: string, b: string) =>
  a.replace(/\s+/gu, ' ').toLowerCase() === b.replace(/\s+/gu, ' ').toLowerCase();

/** A headline: a few words, one sentence at most, no final full stop. */
function isTitleLike(text: string): boolean {
  if (isHan(text)) return hanCount(text) >= 7 && text.length <= 80 && !/[。！？；，、：:,;]$|[。！？]./u.test(text);
  const words = wordCount(text);
  return words >= 3 && words <= 25 && !/[.,;:]$/u.test(text) && !/[.!?]\s+["„“]?\p{Lu}/u.test(text);
}

/**
 * A section or category name such as "NEWS", "China" or "政务公开": too short for a headline. A
 * short Chinese line with digits is a document number ("示府办发〔2025〕12号"), not a label.
 */
const isLabel = (text: string) =>
  isHan(text)
    ? hanCount(text) <= 6 && !/\d/u.test(text) && !endsSentence(text)
    : wordCount(text) <= 3 && text.length <= 30 && !endsSentence(text);

/** A Chinese site's name: "示例市人民政府门户网站", "示例新闻网". */
const isHanSiteName = (text: string) =>
  isHan(text) && hanCount(text) <= 16 && /(?:网站|網站|门户|門戶|网|網)$/u.test(text);

/**
 * A subheading: a short line that does not end like a sentence (a colon is fine: "📌 Fazit:"). A
 * Chinese one has no comma or semicolon anywhere, which a sentence would.
 */
const isHeadingText = (text: string) =>
  isHan(text)
    ? hanCount(text) <= 40 && !/[。！？；;，,]/u.test(text)
    : wordCount(text) <= 12 && text.length <= 100 && !endsSentence(text) && !/[,;]$/u.test(text);

/** A Chinese outline heading, numbered "一、", "（一）" or "第一章": a heading even above another heading. */
const isOutlineHeading = (text: string) =>
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百]+[章节節条條部])/u.test(
    text,
  );

/**
 * A credit such as "Courrier International": a few capitalised words without digits or final
 * punctuation, the way agencies and syndication services sign an article.
 */
const isCredit = (text: string) =>
  wordCount(text) <= 4 &&
  !/\d/u.test(text) &&
  !/[.!?:;,]$/u.test(text) &&
  text.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word));

/** A line that continues the one above: where a link was stripped, the text after it starts a new line. */
const CONTINUATION = /^[,.;:!?)\]，。；：！？、）】」』]/u;

/** A space left before punctuation where a link was stripped: "anmerkt , ist", "zitiert ." */
const SPACE_BEFORE_PUNCTUATION = /[ \u00A0]+([,.;:!?])(?=\s|$)/gu;

// Rules.

const NAVIGATION_ITEMS = [
  'home',
  'contact us',
  'about us',
  'follow us on',
  'follow us',
  'search',
  'advertising',
  'subscription',
  'subscribe',
  'free e-newsletter',
  'free newsletter',
  'newsletter',
  'skip to main content',
  'skip to content',
  'facebook',
  'twitter',
  'feature image',
  'log in',
  'login',
  'sign in',
  'register',
  'menu',
];
// Longest first, so "free e-newsletter" is consumed whole rather than leaving "free e-".
const NAVIGATION = new RegExp(
  `\\b(?:${[...NAVIGATION_ITEMS].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'giu',
);

/**
 * A line made only of known menu items, separators and colons ("Home  Contact Us", "Follow Us On:"),
 * or a menu bar of any items: three or more short names between bars ("Home | World | Business").
 */
function isNavigation(text: string): boolean {
  const items = text
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);
  const isMenuBar = items.length >= 3 && items.every((item) => wordCount(item) <= 3 && !endsSentence(item));
  return isMenuBar || /^[\s|:•·/-]*$/u.test(text.replace(NAVIGATION, ''));
}

const ISO_DAY = String.raw`(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
/** "Published on: 2017-08-15", "2025-02-17 10:29 Last Updated At:11:07": a day, times, and nothing else. */
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:published|posted|updated|date)(?: on)?:?\s*)?${ISO_DAY}(?:\s+${TIME})?` +
    String.raw`(?:\s+(?:last )?updated(?: at)?:?\s*(?:\d{4}-\d{2}-\d{2}\s+)?${TIME})?$`,
  'iu',
);

/** The printed date of a date line. */
function parseDateLine(text: string): PrintedDate | undefined {
  const day = DATE_LINE.exec(text)?.[1];
  return day ? { date: day, precision: 'day', asPrinted: text } : undefined;
}

/**
 * "Copyright 2024 BusinessTianjin.com. All rights reserved.", "© 2020–2025 Example Daily": the
 * holder follows the year. The year is required, so a sentence about copyright law is no notice.
 */
const COPYRIGHT =
  /^(?:copyright\s*©?|©)\s*\d{4}(?:\s*[-–]\s*\d{4})?,?\s+(.+?)\.?(?:\s+(?:all rights reserved\.?|版权所有|版權所有))?$/iu;
/** "版权所有：示例市人民政府办公室": Chinese sites name the holder after "all rights reserved". */
const COPYRIGHT_ZH = /^(?:版权所有|版權所有)\s*[:：©]?\s*(.+)$/u;

/** The holder named by a copyright notice. */
function copyrightHolder(text: string): string | undefined {
  return COPYRIGHT.exec(text)?.[1] ?? COPYRIGHT_ZH.exec(text)?.[1];
}

/** The parts of a comment form: counter, buttons, captcha, and "busy", the form's progress indicator. */
const COMMENT_FORM = [
  /^comments?\s*\(\d+\)/iu,
  /^(?:add|write|post) (?:a )?comment$/iu,
  /^leave a (?:comment|reply)$/iu,
  /^(?:log|sign) ?in to (?:comment|reply)$/iu,
  /^security code$/iu,
  /^write the displayed characters$/iu,
  /^busy$/iu,
];

/** "2025-05-27", "2025/5/27", "2025年5月27日": the first day in a Chinese byline. */
function firstDay(text: string): PrintedDate | undefined {
  const [, year, month, day] = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/u.exec(text) ?? [];
  if (!year || !month || !day) return undefined;
  return { date: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`, precision: 'day', asPrinted: text };
}

const BYLINE_FIELD =
  String.raw`(?:来源|來源|作者|发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|日期|时间|時間|` +
  String.raw`浏览次数|瀏覽次數|点击(?:数|量)?|點擊(?:數|量)?|阅读(?:数|量)?|閱讀(?:數|量)?|信息来源|文章来源|稿源)\s*[:：]`;
/**
 * A byline: Chinese fields such as "发布时间：2025-05-27 来源：… 浏览次数：…", led by a field or by
 * the date ("2025-06-03 09:15\u3000来源：示例日报"), or an English "By Jane Doe". Never a sentence.
 */
const BYLINE = [
  new RegExp(`^[【\\[]?${BYLINE_FIELD}`, 'u'),
  new RegExp(String.raw`^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+${TIME})?\s*${BYLINE_FIELD}`, 'u'),
  /^[Bb]y\s+\p{Lu}[\p{L}.'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'-]*){0,4}$/u,
];
const isByline = (text: string) =>
  text.length <= 120 && !/[。！？]$/u.test(text) && BYLINE.some((pattern) => pattern.test(text));

/** "当前位置：首页 > 政务公开 > 政策文件", "首頁 > 科技 > 人工智能", "Home > News". */
const BREADCRUMB =
  /^(?:(?:当前位置|當前位置|您的位置|您现在的位置|您現在的位置|你的位置)\s*[:：]|(?:首页|首頁|home)\s*[>＞»›])/iu;

/**
 * What a line of page tools holds: font-size controls ("【字号 大 中 小】", "字体：大 中 小"), print and
 * close links ("【打印本页】【关闭窗口】"), or both; undefined when anything else is on the line.
 */
function pageTools(text: string): { fontSize: boolean; printClose: boolean } | undefined {
  const compact = text.replace(/[\s【】[\]［］|｜:：]/gu, '');
  const tools = { fontSize: false, printClose: false };
  const rest = compact.replace(
    /(字[号號体體](?:[大中小]|默认|默認)+)|(打印(?:本[页頁])?|列印(?:本[页頁])?|关闭(?:窗口)?|關閉(?:窗口|視窗)?|返回(?:顶|頂)部)/gu,
    (_, fontSize: string | undefined) => {
      tools[fontSize ? 'fontSize' : 'printClose'] = true;
      return '';
    },
  );
  return compact && !rest ? tools : undefined;
}

/** The places a page offers to share it on; Chinese share widgets list them after "分享到：". */
const SHARE_TARGETS =
  /微信朋友圈|微信|朋友圈|新浪微博|腾讯微博|騰訊微博|微博|QQ空间|QQ空間|QQ|豆瓣|复制链接|複製連結|facebook|twitter|line|whatsapp/giu;
/** "Share to", "分享到：", "微信 微博 QQ空间", "分享至：Facebook 微信 LINE"; a lone "Facebook" is a social link (navigation). */
function isShareWidget(text: string): boolean {
  if (/^share(?: to| this| this article| on)?:?$/iu.test(text)) return true;
  const label = /^分享(?:到|至)?\s*[:：]?/u.exec(text)?.[0] ?? '';
  const targets = text.slice(label.length);
  const onlyTargets = targets.replace(SHARE_TARGETS, '').replace(/[\s|｜/、,，]/gu, '') === '';
  return onlyTargets && (label !== '' || /微信|微博|QQ|朋友圈|豆瓣/u.test(targets));
}

const MONTHS = 'january february march april may june july august september october november december'.split(' ');
/** "Ends/Tuesday, May 27, 2025": the date a press release closes with. */
function releaseEndDate(text: string): PrintedDate | undefined {
  const [, month = '', day = '', year = ''] = /^ends\/.*?\b([a-z]+) (\d{1,2}), (\d{4})$/iu.exec(text) ?? [];
  const number = MONTHS.indexOf(month.toLowerCase()) + 1;
  if (number === 0) return undefined;
  const date = `${year}-${String(number).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return { date, precision: 'day', asPrinted: text };
}

/** Chrome recognised by the line alone, checked in this order. The key names the rule. */
const LINE_RULES = {
  navigation: { reason: 'site navigation (menu, search and social links)', matches: isNavigation },
  shareButtons: { reason: 'share buttons', matches: isShareWidget },
  // "User Rating: / 0" and the scale's end labels, "PoorBest".
  ratingWidget: {
    reason: 'rating widget',
    matches: (text) => /^user rating\s*:/iu.test(text) || /^poor\s*best$/iu.test(text),
  },
  commentForm: { reason: 'comment form', matches: (text) => COMMENT_FORM.some((pattern) => pattern.test(text)) },
  // Galleries number their photos; with the images gone, the numbers stand alone on a line.
  photoNumber: { reason: 'photo number left from an image gallery', matches: (text) => /^\d{1,3}$/u.test(text) },
  dateLine: {
    reason: 'date line, offered as the publication date',
    matches: (text) => parseDateLine(text) !== undefined,
    printedDate: parseDateLine,
  },
  contactDetails: {
    reason: "publisher's address and contact details",
    matches: (text) => /^(?:address|tel|phone|fax|e-?mail)\s*:/iu.test(text),
  },
  copyright: {
    reason: 'copyright notice, its holder offered as the publisher',
    matches: (text) => copyrightHolder(text) !== undefined,
  },
  relatedArticles: {
    reason: 'heading of a list of other articles',
    matches: (text) =>
      /^(?:(?:recommended|related|more|popular) (?:articles|stories|news)|read more|you may also like)$/iu.test(text) ||
      /^(?:相关|相關|推荐|推薦|延伸)(?:新闻|新聞|阅读|閱讀|文章|链接|鏈接|报道|報道)[:：]?$/u.test(text),
  },
  byline: {
    reason: 'byline (date, source, author or view count), a date in it offered as the publication date',
    matches: isByline,
    printedDate: firstDay,
  },
  breadcrumb: { reason: 'breadcrumb (where the page sits in the site)', matches: (text) => BREADCRUMB.test(text) },
  fontSize: { reason: 'font-size widget', matches: (text) => pageTools(text)?.printClose === false },
  printClose: { reason: 'print and close links', matches: (text) => pageTools(text)?.fontSize === false },
  pageTools: {
    reason: 'font-size widget with print and close links',
    matches: (text) => pageTools(text) !== undefined,
  },
  editorCredit: {
    reason: 'editor credits',
    matches: (text) =>
      /^[（(【[]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|审核|審核|校对|校對|终审|終審)\s*[:：]/u.test(text),
  },
  qrCode: {
    reason: 'QR code prompt',
    matches: (text) => /^(?:扫一扫|掃一掃|扫描二维码|掃描二維碼|扫码|掃碼)/u.test(text) && text.length <= 30,
  },
  registration: {
    reason: 'site registration numbers (ICP licence, site code)',
    matches: (text) => /ICP[备備证證]|公网安备|公網安備|网站标识码|網站標識碼/u.test(text),
  },
  repostNotice: {
    reason: 'repost notice (where the text was taken from)',
    matches: (text) => /^(?:本文|原文)?(?:转载自|轉載自|转自|轉自)/u.test(text) && text.length <= 60,
  },
  promotion: {
    reason: 'promotion (newsletter sign-up, app download)',
    matches: (text) =>
      /^(?:subscribe to (?:our|the) newsletter|sign up(?: now| here| for (?:our|the) newsletter)?)[.!]?$/iu.test(
        text,
      ) || /^(?:download|get) (?:our|the) app[.!]?$/iu.test(text),
  },
  cookieNotice: {
    reason: 'cookie notice',
    matches: (text) =>
      /^(?:we|this (?:site|website)) uses? cookies\b/iu.test(text) ||
      /^(?:(?:accept|reject|decline)(?: all)?(?: cookies)?|cookie settings|manage cookies|got it)$/iu.test(text),
  },
  releaseEnd: {
    reason: 'end of the press release ("Ends", date and issue time), its date offered as the publication date',
    matches: (text) =>
      /^ends\/?$/iu.test(text) || releaseEndDate(text) !== undefined || /^issued at hkt \d{1,2}:\d{2}$/iu.test(text),
    printedDate: releaseEndDate,
  },
} satisfies Record<string, LineRule>;

/** Chrome recognised by where a line stands in the page. The key names the rule. */
const PLACE_RULES = {
  headline: { reason: 'headline, kept as the title' },
  repeatedHeadline: { reason: 'repeated headline' },
  sectionLabel: { reason: 'section label in the page header' },
  siteName: { reason: 'site name in the page header' },
  relatedHeadline: { reason: 'headline in a list of other articles' },
  appendedArticle: { reason: 'another article, appended after the repeated headline that closes this one' },
  publisherCredit: { reason: 'credit line naming the publisher, kept as the publisher' },
} satisfies Record<string, Rule>;

const isKept = (page: Page, index: number) => Boolean(page.lines[index]?.text) && page.verdicts[index] === undefined;

/**
 * The page header, up to the first paragraph: the headline is the first title-like line, short
 * lines around it are section labels. A page whose first text is a paragraph has no headline.
 * A headline the editor gives is the line that reads so, in the header or, failing that, anywhere.
 */
function markPageHeader(page: Page): void {
  const { givenTitle } = page;
  const isHeadline = (text: string) => (givenTitle === undefined ? isTitleLike(text) : sameText(text, givenTitle));
  for (const [index, line] of page.lines.entries()) {
    if (!isKept(page, index)) continue;
    if (page.headline && sameText(line.text, page.headline.text)) continue; // a repeat: see markRepeatedHeadlines
    if (!page.headline && isSiteName(page, index)) {
      page.verdicts[index] = PLACE_RULES.siteName;
    } else if (!page.headline && isHeadline(line.text)) {
      page.headline = line;
      page.verdicts[index] = PLACE_RULES.headline;
    } else if (isLabel(line.text)) {
      page.verdicts[index] = PLACE_RULES.sectionLabel;
    } else if (!page.headline && givenTitle !== undefined && isTitleLike(line.text)) {
      // Above the headline the editor names, a title-like line is the site's.
      page.verdicts[index] = PLACE_RULES.siteName;
    } else break;
  }
  if (page.headline || givenTitle === undefined) return;
  const index = page.lines.findIndex((line, at) => isKept(page, at) && sameText(line.text, givenTitle));
  const line = page.lines[index];
  if (line) {
    page.headline = line;
    page.verdicts[index] = PLACE_RULES.headline;
  }
}

/** A site's name tops the header: a Chinese one says it is a site ("…网"), others stand above the menu bar. */
function isSiteName(page: Page, index: number): boolean {
  const text = page.lines[index]?.text ?? '';
  const next = page.lines.findIndex((line, at) => at > index && line.text !== '');
  return isHanSiteName(text) || (isTitleLike(text) && page.verdicts[next] === LINE_RULES.navigation);
}

/** Below a "Related articles" heading, the title-like lines that follow are other articles' headlines. */
function markRelatedHeadlines(page: Page): void {
  for (const [index, verdict] of page.verdicts.entries()) {
    if (verdict !== LINE_RULES.relatedArticles) continue;
    for (let at = index + 1; at < page.lines.length; at++) {
      const text = page.lines[at]?.text ?? '';
      if (!text) continue;
      if (!isKept(page, at) || !isTitleLike(text)) break;
      page.verdicts[at] = PLACE_RULES.relatedHeadline;
    }
  }
}

/** A promotion block ("Subscribe to our newsletter", its pitch, "Sign up"): the lines between two promotion lines. */
function markPromotionBlocks(page: Page): void {
  const isPromotion = (index: number) => page.verdicts[index] === LINE_RULES.promotion;
  for (const [index] of page.lines.entries()) {
    if (!isPromotion(index)) continue;
    const end = page.lines.findIndex((line, at) => at > index && (!line.text || isPromotion(at)));
    if (end < 0 || !isPromotion(end)) continue;
    for (let at = index + 1; at < end; at++) page.verdicts[at] ??= LINE_RULES.promotion;
  }
}

/** Pages print the headline again in title bars and share widgets. */
function markRepeatedHeadlines(page: Page): void {
  const headline = page.headline?.text;
  if (headline === undefined) return;
  for (const [index, line] of page.lines.entries()) {
    if (isKept(page, index) && sameText(line.text, headline)) page.verdicts[index] = PLACE_RULES.repeatedHeadline;
  }
}

/** The line after the last paragraph-like line still kept, where the page footer can begin. */
function footerStart(page: Page): number {
  return page.lines.findLastIndex((line, index) => isKept(page, index) && isProse(line.text)) + 1;
}

/** A postal address runs over several lines: a footer line directly below an address line belongs to it. */
function markAddressContinuations(page: Page): void {
  for (let index = footerStart(page); index < page.lines.length; index++) {
    if (isKept(page, index) && page.verdicts[index - 1] === LINE_RULES.contactDetails) {
      page.verdicts[index] = LINE_RULES.contactDetails;
    }
  }
}

/**
 * Pages append the next article below the current one. The headline repeated after the article
 * has begun marks where this one closes, so any text after its last repeat belongs to another.
 */
function markAppendedArticle(page: Page): void {
  const start = page.lines.findIndex((_, index) => isKept(page, index));
  const close = page.verdicts.findLastIndex((verdict) => verdict === PLACE_RULES.repeatedHeadline);
  if (start < 0 || close < start) return;
  for (let index = close + 1; index < page.lines.length; index++) {
    if (isKept(page, index)) page.verdicts[index] = PLACE_RULES.appendedArticle;
  }
}

/** A credit line alone below the last paragraph names the publisher. */
function markPublisherCredit(page: Page): void {
  const last = page.lines.findLastIndex((_, index) => isKept(page, index));
  const line = page.lines[last];
  const proseAbove = page.lines.slice(0, last).some((above, index) => isKept(page, index) && isProse(above.text));
  if (line && proseAbove && isCredit(line.text)) page.verdicts[last] = PLACE_RULES.publisherCredit;
}

/** The passes that need context, in order: each sees what the earlier ones removed. */
const PASSES: ((page: Page) => void)[] = [
  markPageHeader,
  markRelatedHeadlines,
  markPromotionBlocks,
  markRepeatedHeadlines,
  markAddressContinuations,
  markAppendedArticle,
  markPublisherCredit,
];

/** "raw line 4", "raw lines 4 and 6", "raw lines 4, 6 and 9": remarks point into the raw file. */
function formatLines(numbers: readonly number[]): string {
  const list = numbers.length > 1 ? `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}` : `${numbers[0]}`;
  return `raw ${numbers.length > 1 ? 'lines' : 'line'} ${list}`;
}

/** Consecutive removed lines of one reason, blank lines between them included, form one span. */
function removedSpans(page: Page): RemovedSpan[] {
  const spans: RemovedSpan[] = [];
  for (const [index, line] of page.lines.entries()) {
    const verdict = page.verdicts[index];
    if (!line.text || !verdict) continue;
    const last = spans.at(-1);
    const onlyBlanksBetween = last !== undefined && page.lines.slice(last.to, index).every((between) => !between.text);
    if (last && last.reason === verdict.reason && onlyBlanksBetween) last.to = line.n;
    else spans.push({ from: line.n, to: line.n, reason: verdict.reason, text: '' });
  }
  for (const span of spans) {
    span.text = page.lines
      .slice(span.from - 1, span.to)
      .map((line) => line.raw)
      .join('\n');
  }
  return spans;
}

/**
 * The kept lines as blocks: stray spaces before punctuation removed, continuation lines joined to
 * the line above, and short lines followed by a paragraph marked as subheadings.
 */
function assembleBlocks(page: Page): { blocks: string[]; notes: string[] } {
  const drafts: { text: string; lastLine: number }[] = [];
  const respaced: number[] = [];
  const joined: number[] = [];
  for (const [index, line] of page.lines.entries()) {
    if (!isKept(page, index)) continue;
    const text = line.text.replace(SPACE_BEFORE_PUNCTUATION, '$1');
    if (text !== line.text) respaced.push(line.n);
    const previous = drafts.at(-1);
    if (previous && previous.lastLine === line.n - 1 && CONTINUATION.test(text)) {
      joined.push(line.n);
      previous.text += text;
      previous.lastLine = line.n;
    } else drafts.push({ text, lastLine: line.n });
  }
  const blocks = drafts.map(({ text }, index) => {
    const next = drafts[index + 1]?.text;
    if (next === undefined || !isHeadingText(text)) return text;
    // Chinese documents set the signature and date as short lines too: only a paragraph proves a heading.
    const heads = isHan(text) ? isOutlineHeading(text) || isProse(next) : !isHeadingText(next);
    return heads ? `## ${text}` : text;
  });
  const notes = [
    ...(respaced.length > 0
      ? [`Spaces before punctuation, left where links were stripped, were removed (${formatLines(respaced)}).`]
      : []),
    ...(joined.length > 0
      ? [
          `Lines starting with punctuation, split off where a link was stripped, were joined to the line above (${formatLines(joined)}).`,
        ]
      : []),
  ];
  return { blocks, notes };
}

/** The date, publisher and title the removed lines give, with notes on where they were found. */
function pageMetadata(page: Page): Pick<CleanedText, 'title' | 'date' | 'publisher'> & { notes: string[] } {
  const notes: string[] = [];
  const lineOf = (rule: Rule) => page.lines.find((_, index) => page.verdicts[index] === rule);
  const dateLine = page.lines.find((line, index) => page.verdicts[index]?.printedDate?.(line.text));
  const date = dateLine && page.verdicts[dateLine.n - 1]?.printedDate?.(dateLine.text);
  // The line itself is page chrome and stays in the report only; the note gives just the date read from it.
  if (dateLine && date)
    notes.push(
      `The page prints a date line (${formatLines([dateLine.n])}) that gives ${date.date} as the publication date.`,
    );
  const credit = lineOf(PLACE_RULES.publisherCredit);
  const copyright = lineOf(LINE_RULES.copyright);
  const publisher = credit?.text ?? (copyright && copyrightHolder(copyright.text));
  if (credit)
    notes.push(`The credit line below the article (${formatLines([credit.n])}) names the publisher, ${credit.text}.`);
  else if (copyright && publisher)
    notes.push(`The copyright notice (${formatLines([copyright.n])}) names the publisher, ${publisher}.`);
  return {
    notes,
    ...(page.headline ? { title: page.headline.text } : {}),
    ...(date ? { date } : {}),
    ...(publisher ? { publisher } : {}),
  };
}

/**
 * Cleans the raw text of a page: the article's blocks, the removed lines with reasons, and the metadata found.
 * `title` is the headline as the editor gives it, when the page's first title-like line is not it.
 */
export function cleanRawText(raw: string, { title }: { title?: string | undefined } = {}): CleanedText {
  const lines = raw.split(/\r\n|\r|\n/u).map((text, index) => ({ n: index + 1, raw: text, text: text.trim() }));
  const page: Page = {
    lines,
    givenTitle: title,
    verdicts: lines.map(({ text }) =>
      text ? Object.values(LINE_RULES).find((rule) => rule.matches(text)) : undefined,
    ),
  };
  for (const pass of PASSES) pass(page);
  const { notes: metadataNotes, ...metadata } = pageMetadata(page);
  const { blocks, notes } = assembleBlocks(page);
  return { blocks, removed: removedSpans(page), notes: [...metadataNotes, ...notes], ...metadata };
}
