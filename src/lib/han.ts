/**
 * Chinese text for the one English Pagefind index. Pagefind splits words on spaces only, so each Han
 * character is made a word of its own, in the index and in the query alike. Single characters, not the
 * words of Intl.Segmenter: Pagefind matches a query word only as the start of an indexed word, so 企业
 * would miss a page segmented as 中小企业, and the dictionaries of Node and of the reader's browser differ.
 */

const HAN = '\\p{Script=Han}';
const AROUND_HAN = new RegExp(`(?<=${HAN})(?=\\S)|(?<=\\S)(?=${HAN})`, 'gu');

/** Puts a space on each side of every Han character that has none; text without Han is returned as it is. */
export function segmentHan(text: string): string {
  return text.replace(AROUND_HAN, ' ');
}

// Markup whose text a reader never sees as page text, kept whole: scripts, styles, comments and tags.
const MARKUP = /(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>)/i;

/** segmentHan applied to the text of an HTML page, leaving tags and attributes (filters, metadata) alone. */
export function segmentHanInHtml(html: string): string {
  return html
    .split(MARKUP)
    .map((part, i) => (i % 2 === 0 ? segmentHan(part) : part))
    .join('');
}

// Chinese punctuation, which takes no space before or after it next to a Han character.
const CJK = `[${HAN}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2014\\u2026\\u00b7]`;
const MARKS = '(?:</?mark>)*';
const SPACED = new RegExp(`(?<=${HAN}${MARKS})\\s+(?=${MARKS}${CJK})|(?<=${CJK}${MARKS})\\s+(?=${MARKS}${HAN})`, 'gu');

/**
 * Undoes segmentHan for display, in plain text or in Pagefind's excerpts (escaped text with <mark>):
 * removes spaces between Han characters and Chinese punctuation. Spaces between Han and Latin letters or
 * digits stay, since the index no longer tells whether the page had them.
 */
export function joinHan(text: string): string {
  return text.replace(SPACED, '');
}

/**
 * The exact-phrase Pagefind query for a query that is one run of two or more Han characters, such as
 * "算 力 券" for 算力券, so that the characters must stand together; undefined for any other query.
 */
export function hanPhrase(query: string): string | undefined {
  const q = query.trim();
  return new RegExp(`^${HAN}{2,}$`, 'u').test(q) ? `"${segmentHan(q)}"` : undefined;
}
