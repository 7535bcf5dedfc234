import { parseStatedFigures } from './stated-figures.ts';

/**
 * Finds every figure in an article's text (amounts, percentages, counts, years and dates, in
 * digits or words) so a test can require each to be cited by an entry or excluded with a reason.
 */

/** Number words, German and English, that state a quantity. "ein"/"one" are left out: they are mostly articles. */
const NUMBER_WORDS = [
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
  'zwanzig',
  'dreißig',
  'hundert',
  'tausend',
  'Hälfte',
  'Drittel',
  'Viertel',
  'Dutzend',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'hundred',
  'thousand',
  'half',
  'dozen',
];
const SCALES = [
  'Milliarden',
  'Milliarde',
  'Millionen',
  'Million',
  'Mrd\\.',
  'Mio\\.',
  'billion',
  'million',
  'trillion',
];

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

// Han characters, CJK punctuation and full-width forms: where the pattern's word guard cannot work.
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;

/**
 * Figures in Chinese, read by the stated-figures parser: those written with or beside Han
 * characters, full-width digits or CJK punctuation ("2.5亿元", "72家", "百分之三十", "（３０％）").
 * A date counts by its parts, as "29. Juli" does in German: "2025年4月1日" gives 2025, 4 and 1;
 * a range such as "2025-2026年" is one figure.
 */
function chineseFigures(text: string): Figure[] {
  const touches = (f: Figure) => CJK.test(f.text) || CJK.test(text[f.start - 1] ?? '') || CJK.test(text[f.end] ?? '');
  return parseStatedFigures(text)
    .map(({ text, start, end }) => ({ text, start, end }))
    .filter(touches);
}

/** The pattern's figures, as ever for German and English, with the Chinese ones in place of any they overlap. */
export function extractFigures(text: string): Figure[] {
  const chinese = CJK.test(text) ? chineseFigures(text) : [];
  const latin = [...text.matchAll(pattern)]
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
    .filter((f) => !chinese.some((c) => c.start < f.end && f.start < c.end));
  return [...latin, ...chinese].sort((a, b) => a.start - b.start);
}
