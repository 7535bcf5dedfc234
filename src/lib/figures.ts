/**
 * Finds every figure in an article's text (amounts, percentages, counts, years and dates, in
 * digits or words) so a test can require each to be cited by an entry or excluded with a reason.
 */

/** Number words, German and English, that state a quantity. "ein"/"one" are left out: they are mostly articles. */
const NUMBER_WORDS = [
  'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'dreißig', 'hundert', 'tausend',
  'Hälfte', 'Drittel', 'Viertel', 'Dutzend',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'hundred', 'thousand',
  'half', 'dozen',
];
const SCALES = ['Milliarden', 'Milliarde', 'Millionen', 'Million', 'Mrd\\.', 'Mio\\.', 'billion', 'million', 'trillion'];

const NUMBER = `\\d+(?:[.,]\\d+)*`;
const WORD = `(?:${NUMBER_WORDS.join('|')})`;
const SCALE = `(?:${SCALES.join('|')})`;
// Not inside a word: "Drittanbieter" holds no figure, "KI-Zentren" no "zehn".
const pattern = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${NUMBER}|${WORD})(?:\\s+${SCALE})?|${SCALE})(?:\\s?(?:%|Prozent|per cent|percent))?(?![\\p{L}\\d])`,
  'giu',
);

/** One figure in a paragraph: its text and where it stands. */
export type Figure = { text: string; start: number; end: number };

export function extractFigures(text: string): Figure[] {
  return [...text.matchAll(pattern)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}
