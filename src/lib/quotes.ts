/**
 * Double quotation marks of the languages the sources are in. Single marks are left out: a quote that ends with
 * ‘…’ nested inside our “…” is correct typography, and a trailing ’ is as often an apostrophe.
 */
const MARK = '"“”„‟«»「」『』';
const startsOrEndsWithMark = new RegExp(`^[${MARK}]|[${MARK}]$`, 'u');

/**
 * Wraps quoted words in typographic marks, unless they already begin or end with a quotation mark of their own:
 * adding ours beside it would show the reader doubled marks (“"The plan …). Leading and trailing spaces are
 * ignored when looking; the words themselves stay verbatim.
 */
export function quoted(text: string): string {
  return startsOrEndsWithMark.test(text.trim()) ? text : `“${text}”`;
}
