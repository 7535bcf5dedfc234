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

/** Why a line is not article text. */
type Rule = { readonly reason: string };
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
/** Ends like a sentence, perhaps inside closing quotes or brackets. */
const endsSentence = (text: string) => /[.!?…]["'”“’‘»«)\]]*$/u.test(text);
/** A paragraph rather than a title or label: a finished sentence, or too long to be anything else. */
const isProse = (text: string) => endsSentence(text) || wordCount(text) >= 15;
/** Compares headlines as a reader would: case and spacing aside. */
const sameText = (a: string, b: string) => a.replace(/\s+/gu, ' ').toLowerCase() === b.replace(/\s+/gu, ' ').toLowerCase();

/** A headline: a few words, one sentence at most, no final full stop. */
function isTitleLike(text: string): boolean {
  const words = wordCount(text);
  return words >= 3 && words <= 25 && !/[.,;:]$/u.test(text) && !/[.!?]\s+["„“]?\p{Lu}/u.test(text);
}

/** A section or category name such as "NEWS" or "China": too short for a headline. */
const isLabel = (text: string) => wordCount(text) <= 3 && text.length <= 30 && !endsSentence(text);

/** A subheading: a short line that does not end like a sentence (a colon is fine: "📌 Fazit:"). */
const isHeadingText = (text: string) => wordCount(text) <= 12 && text.length <= 100 && !endsSentence(text) && !/[,;]$/u.test(text);

/**
 * A credit such as "Courrier International": a few capitalised words without digits or final
 * punctuation, the way agencies and syndication services sign an article.
 */
const isCredit = (text: string) =>
  wordCount(text) <= 4 && !/\d/u.test(text) && !/[.!?:;,]$/u.test(text) && text.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word));

/** A line that continues the one above: where a link was stripped, the text after it starts a new line. */
const CONTINUATION = /^[,.;:!?)\]]/u;

/** A space left before punctuation where a link was stripped: "anmerkt , ist", "zitiert ." */
const SPACE_BEFORE_PUNCTUATION = /[ \u00A0]+([,.;:!?])(?=\s|$)/gu;

// Rules.

const NAVIGATION_ITEMS = [
  'home', 'contact us', 'about us', 'follow us on', 'follow us', 'search', 'advertising', 'subscription',
  'subscribe', 'free e-newsletter', 'free newsletter', 'newsletter', 'skip to main content', 'skip to content',
  'facebook', 'twitter', 'feature image', 'log in', 'login', 'sign in', 'register', 'menu',
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
  const items = text.split('|').map((item) => item.trim()).filter(Boolean);
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
const COPYRIGHT = /^(?:copyright\s*©?|©)\s*\d{4}(?:\s*[-–]\s*\d{4})?,?\s+(.+?)\.?(?:\s+all rights reserved\.?)?$/iu;

/** The holder named by a copyright notice. */
function copyrightHolder(text: string): string | undefined {
  return COPYRIGHT.exec(text)?.[1];
}

/** The parts of a comment form: counter, buttons, captcha, and "busy", the form's progress indicator. */
const COMMENT_FORM = [
  /^comments?\s*\(\d+\)/iu,
  /^(?:add|write|post) (?:a )?comment$/iu,
  /^leave a (?:comment|reply)$/iu,
  /^security code$/iu,
  /^write the displayed characters$/iu,
  /^busy$/iu,
];

/** Chrome recognised by the line alone, checked in this order. The key names the rule. */
const LINE_RULES = {
  navigation: { reason: 'site navigation (menu, search and social links)', matches: isNavigation },
  shareButtons: { reason: 'share buttons', matches: (text) => /^share(?: to| this| this article| on)?:?$/iu.test(text) },
  // "User Rating: / 0" and the scale's end labels, "PoorBest".
  ratingWidget: { reason: 'rating widget', matches: (text) => /^user rating\s*:/iu.test(text) || /^poor\s*best$/iu.test(text) },
  commentForm: { reason: 'comment form', matches: (text) => COMMENT_FORM.some((pattern) => pattern.test(text)) },
  // Galleries number their photos; with the images gone, the numbers stand alone on a line.
  photoNumber: { reason: 'photo number left from an image gallery', matches: (text) => /^\d{1,3}$/u.test(text) },
  dateLine: { reason: 'date line, offered as the publication date', matches: (text) => parseDateLine(text) !== undefined },
  contactDetails: {
    reason: "publisher's address and contact details",
    matches: (text) => /^(?:address|tel|phone|fax|e-?mail)\s*:/iu.test(text),
  },
  copyright: { reason: 'copyright notice, its holder offered as the publisher', matches: (text) => copyrightHolder(text) !== undefined },
  relatedArticles: {
    reason: 'heading of a list of other articles',
    matches: (text) => /^(?:(?:recommended|related|more|popular) (?:articles|stories|news)|read more|you may also like)$/iu.test(text),
  },
} satisfies Record<string, LineRule>;

/** Chrome recognised by where a line stands in the page. The key names the rule. */
const PLACE_RULES = {
  headline: { reason: 'headline, kept as the title' },
  repeatedHeadline: { reason: 'repeated headline' },
  sectionLabel: { reason: 'section label in the page header' },
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
    if (!page.headline && isHeadline(line.text)) {
      page.headline = line;
      page.verdicts[index] = PLACE_RULES.headline;
    } else if (isLabel(line.text)) {
      page.verdicts[index] = PLACE_RULES.sectionLabel;
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
    span.text = page.lines.slice(span.from - 1, span.to).map((line) => line.raw).join('\n');
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
    return isHeadingText(text) && next !== undefined && !isHeadingText(next) ? `## ${text}` : text;
  });
  const notes = [
    ...(respaced.length > 0 ? [`Spaces before punctuation, left where links were stripped, were removed (${formatLines(respaced)}).`] : []),
    ...(joined.length > 0
      ? [`Lines starting with punctuation, split off where a link was stripped, were joined to the line above (${formatLines(joined)}).`]
      : []),
  ];
  return { blocks, notes };
}

/** The date, publisher and title the removed lines give, with notes on where they were found. */
function pageMetadata(page: Page): Pick<CleanedText, 'title' | 'date' | 'publisher'> & { notes: string[] } {
  const notes: string[] = [];
  const lineOf = (rule: Rule) => page.lines.find((_, index) => page.verdicts[index] === rule);
  const dateLine = lineOf(LINE_RULES.dateLine);
  const date = dateLine && parseDateLine(dateLine.text);
  // The line itself is page chrome and stays in the report only; the note gives just the date read from it.
  if (dateLine && date) notes.push(`The page prints a date line (${formatLines([dateLine.n])}) that gives ${date.date} as the publication date.`);
  const credit = lineOf(PLACE_RULES.publisherCredit);
  const copyright = lineOf(LINE_RULES.copyright);
  const publisher = credit?.text ?? (copyright && copyrightHolder(copyright.text));
  if (credit) notes.push(`The credit line below the article (${formatLines([credit.n])}) names the publisher, ${credit.text}.`);
  else if (copyright && publisher) notes.push(`The copyright notice (${formatLines([copyright.n])}) names the publisher, ${publisher}.`);
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
    verdicts: lines.map(({ text }) => (text ? Object.values(LINE_RULES).find((rule) => rule.matches(text)) : undefined)),
  };
  for (const pass of PASSES) pass(page);
  const { notes: metadataNotes, ...metadata } = pageMetadata(page);
  const { blocks, notes } = assembleBlocks(page);
  return { blocks, removed: removedSpans(page), notes: [...metadataNotes, ...notes], ...metadata };
}
