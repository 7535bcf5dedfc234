/**
 * Reads the amounts, shares and numbers a source states, in Chinese, German or English
 * ("2.5亿元", "einer Milliarde Yuan", "up to US$1 billion", "百分之三十"), so that a figure an
 * editor entered can be checked against the words it cites.
 */

export type StatedCurrency = 'CNY' | 'USD' | 'EUR' | 'HKD';
export type FigureKind = 'money' | 'share' | 'number';
export type Bound = 'up-to' | 'at-least' | 'about';

/** One figure in a text. Shares are fractions (30% → 0.3); a range has its upper end in max. */
export type StatedFigure = {
  text: string;
  start: number;
  end: number;
  kind: FigureKind;
  value: number;
  max?: number;
  /** Undefined for money in an ambiguous currency ("$", "Dollar", "¥"). */
  currency?: StatedCurrency;
  bound?: Bound;
};

/** One sticky pattern per way of writing a thing, longest first, with what it means. */
type Reading<T> = readonly (readonly [string, T])[];

const LATIN_END = '(?![\\p{Script=Latin}\\d])';
// A currency code may touch its number: "CNY500 million".
const CODE_END = '(?!\\p{Script=Latin})';

// "$" and "¥" alone say money but not which currency: Hong Kong, US, yen or yuan.
const PREFIX_CURRENCIES: Reading<StatedCurrency | undefined> = [
  ['US\\$', 'USD'],
  ['HK\\$', 'HKD'],
  ['人民币', 'CNY'],
  [`(?:RMB|CNY)${CODE_END}`, 'CNY'],
  [`USD${CODE_END}`, 'USD'],
  [`EUR${CODE_END}`, 'EUR'],
  [`HKD${CODE_END}`, 'HKD'],
  ['€', 'EUR'],
  ['\\$', undefined],
  ['[¥￥]', undefined],
];

const SUFFIX_CURRENCIES: Reading<StatedCurrency | undefined> = [
  ['美元', 'USD'],
  ['欧元|歐元', 'EUR'],
  ['港元|港币|港幣', 'HKD'],
  ['元|人民币|人民幣', 'CNY'],
  [`(?:yuan|renminbi|RMB|CNY)${LATIN_END}`, 'CNY'],
  [`(?:US-Dollars?|US dollars?|USD)${LATIN_END}`, 'USD'],
  [`(?:HK dollars?|Hongkong-Dollars?|Hong Kong dollars?|HKD)${LATIN_END}`, 'HKD'],
  [`(?:Euros?|EUR)${LATIN_END}`, 'EUR'],
  ['€', 'EUR'],
  [`dollars?${LATIN_END}`, undefined],
];

// German "Billion" is 10^12, English "billion" 10^9: only the German plural is told apart.
const LATIN_SCALES: Reading<number> = [
  ['Milliarden|Milliarde|Mrd\\.', 1e9],
  ['Millionen|Million|Mio\\.', 1e6],
  ['Billionen', 1e12],
  ['billions?|bn', 1e9],
  ['millions?|mn', 1e6],
  ['trillions?', 1e12],
  ['Tausend|thousand', 1e3],
];

const LATIN_WORDS: Reading<number> = [
  ['zwei', 2],
  ['drei', 3],
  ['vier', 4],
  ['fünf', 5],
  ['sechs', 6],
  ['sieben', 7],
  ['acht', 8],
  ['neun', 9],
  ['zehn', 10],
  ['elf', 11],
  ['zwölf', 12],
  ['zwanzig', 20],
  ['dreißig', 30],
  ['hundert', 100],
  ['tausend', 1000],
  ['Dutzend', 12],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['twenty', 20],
  ['thirty', 30],
  ['hundred', 100],
  ['thousand', 1000],
  ['dozen', 12],
];
// Articles state a quantity only before a scale or a fraction: "einer Milliarde", "a third".
const ARTICLES = 'eines|einer|einem|eine|ein|one|an|a';

// English "third" and "quarter" alone are mostly ordinals ("the third phase"), so they need a count.
const FRACTIONS: Reading<number> = [
  ['Hälfte', 1 / 2],
  ['Drittel', 1 / 3],
  ['Viertel', 1 / 4],
  ['half', 1 / 2],
];
const COUNTED_FRACTIONS: Reading<number> = [
  ['thirds?', 1 / 3],
  ['quarters?', 1 / 4],
];

const PERCENT = `\\s?(?:%|(?:Prozent|per\\s?cent|percent|pct)${LATIN_END})`;

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_LARGE: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const CN_NUMERAL = '[零〇一二两兩三四五六七八九十百千万萬亿億]+';
// After digits: "800万", "2.5亿", "5千万"; 千 alone only before a currency, not in "5千米" (5 km).
const CN_SCALE = '[十百千]?[万萬亿億]{1,2}|[十百千](?=\\s*(?:元|人民币|美元|欧元|港元|港币))';

const BOUNDS_LATIN: Reading<Bound> = [
  [
    'bis zu|höchstens|maximal|up to|not exceeding|not more than|no more than|at most|a maximum of|as much as|capped at',
    'up-to',
  ],
  ['mehr als|über|mindestens|more than|over|at least|exceeding|in excess of|upwards of', 'at-least'],
  ['etwa|rund|ca\\.|circa|knapp|ungefähr|about|around|approximately|roughly|nearly|almost|close to', 'about'],
];
// Two-character bounds may stand a few characters off ("最高可给予500万元"); one character must touch.
const BOUNDS_CN: Reading<Bound> = [
  ['最高|最多|不超过|不高于|不多于|至多|上限', 'up-to'],
  ['不低于|不少于|至少|超过|多于|高于', 'at-least'],
  ['大约|将近|接近', 'about'],
];
const BOUNDS_CN_TOUCHING: Reading<Bound> = [
  ['逾', 'at-least'],
  ['约', 'about'],
  ['(?<!最)近', 'about'],
];
const BOUNDS_AFTER: Reading<Bound> = [
  ['以上|或以上|or more|and above|und mehr', 'at-least'],
  ['以下|以内|or less', 'up-to'],
  ['左右', 'about'],
];

const RANGE = `\\s*(?:至|到|~|～|-|–|—|(?:to|bis)${LATIN_END})\\s*`;

// Compiled once: every position of a text is tried against each pattern. Callers set lastIndex.
const compiled = new Map<string, RegExp>();
function sticky(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) compiled.set(source, (re = new RegExp(source, 'iuy')));
  return re;
}

/** The first reading that matches at a position, with its end. */
function readAt<T>(readings: Reading<T>, s: string, at: number, after = ''): { end: number; meaning: T } | undefined {
  for (const [source, meaning] of readings) {
    const re = sticky(`(?:${source})${after}`);
    re.lastIndex = at;
    const m = re.exec(s);
    if (m) return { end: at + m[0].length, meaning };
  }
  return undefined;
}

function matchAt(source: string, s: string, at: number): RegExpExecArray | null {
  const re = sticky(source);
  re.lastIndex = at;
  return re.exec(s);
}

/** Full-width digits, ％ and ． as ASCII; each is one UTF-16 unit, so offsets stay those of the text. */
const halfWidth = (text: string) => text.replace(/[０-９％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Drops binary noise such as 1019999999.9999999 for 10.2 × 10^8. */
const tidy = (n: number) => Number(n.toPrecision(15));

/**
 * Digits with separators, German or English: with both "." and ",", the last one is the decimal
 * mark; a mark used twice, or once before exactly three digits ("415.000", "1,500"), groups thousands.
 */
function decimal(digits: string): number {
  const marks = digits.replace(/\d/g, '');
  if (marks.length === 0) return Number(digits);
  const last = marks[marks.length - 1] as string;
  const grouping = new Set(marks).size === 1 && (marks.length > 1 || /[.,]\d{3}$/.test(digits));
  if (grouping) return Number(digits.replace(/[.,]/g, ''));
  const whole = digits.slice(0, digits.lastIndexOf(last)).replace(/[.,]/g, '');
  return Number(`${whole}.${digits.slice(digits.lastIndexOf(last) + 1)}`);
}

/** A Chinese numeral such as 三千五百万 or 十亿; undefined when ill-formed ("十四五", "七八"). */
function chineseNumeral(word: string): number | undefined {
  let total = 0; // multiples of 亿
  let wan = 0; // multiples of 万 below 亿
  let section = 0; // below 万
  let digit: number | undefined;
  for (const char of word) {
    if (char in CN_DIGITS) {
      if (digit !== undefined && digit !== 0 && char !== '零' && char !== '〇') return undefined;
      digit = CN_DIGITS[char];
    } else if (char in CN_SMALL) {
      section += (digit ?? 1) * (CN_SMALL[char] as number);
      digit = undefined;
    } else if ((CN_LARGE[char] ?? 0) === 1e4) {
      wan += (section + (digit ?? 0)) * 1e4;
      section = 0;
      digit = undefined;
    } else {
      total = (total + wan + section + (digit ?? 0)) * 1e8;
      wan = section = 0;
      digit = undefined;
    }
  }
  const value = total + wan + section + (digit ?? 0);
  return value > 0 ? value : undefined;
}

/** 千万 → 10^7: a run of Chinese units multiplies. */
const chineseScale = (units: string) => [...units].reduce((n, c) => n * (CN_SMALL[c] ?? CN_LARGE[c] ?? 1), 1);

/** One amount before ranges and bounds: raw is the number as written, value what it means. */
type Amount = {
  start: number;
  end: number;
  raw: number;
  value: number;
  /** value / raw, so a bare number in a range can take the unit of its other end ("10 to 100 per cent"). */
  factor: number;
  kind: FigureKind;
  currency: StatedCurrency | undefined;
  /** True when a scale, currency or percent sign says what the number is. */
  hasUnit: boolean;
};

type NumberRead = { end: number; raw: number; article?: boolean; cnScaled?: boolean };

/** The number at a position: digits, a Chinese numeral of two characters or more, or a German or English word. */
function readNumber(s: string, at: number): NumberRead | 'ill-formed' | undefined {
  const digits = matchAt('\\d+(?:[.,]\\d+)*', s, at);
  if (digits) return { end: at + digits[0].length, raw: decimal(digits[0]) };
  const numeral = matchAt(CN_NUMERAL, s, at);
  // A lone 一 or 十 is mostly a word (统一, 第一, 十分), and 千万 alone means "by all means".
  if (numeral && /^[零〇一二两兩三四五六七八九十]/.test(numeral[0]) && numeral[0].length >= 2) {
    const raw = chineseNumeral(numeral[0]);
    if (raw === undefined) return 'ill-formed';
    return { end: at + numeral[0].length, raw, cnScaled: /[万萬亿億]/.test(numeral[0]) };
  }
  const article = matchAt(`(?:${ARTICLES})\\s+`, s, at);
  if (article) return { end: at + article[0].length, raw: 1, article: true };
  const word = readAt(LATIN_WORDS, s, at, LATIN_END);
  return word && { end: word.end, raw: word.meaning };
}

function readAmount(s: string, start: number): Amount | 'ill-formed' | undefined {
  let at = start;
  const prefix = readAt(PREFIX_CURRENCIES, s, at, '\\s?');
  if (prefix) at = prefix.end;
  const number = readNumber(s, at);
  if (number === undefined || number === 'ill-formed') return prefix ? undefined : number;
  at = number.end;
  let factor = 1;
  let hasUnit = prefix !== undefined || number.cnScaled === true;
  const cnScale = number.article ? null : matchAt(CN_SCALE, s, at);
  const latinScale = readAt(LATIN_SCALES, s, number.article ? at : skipSpace(s, at), LATIN_END);
  if (cnScale) {
    factor = chineseScale(cnScale[0]);
    at += cnScale[0].length;
    hasUnit = true;
  } else if (latinScale) {
    factor = latinScale.meaning;
    at = latinScale.end;
    hasUnit = true;
  } else if (number.article) return undefined;
  let kind: FigureKind = prefix ? 'money' : 'number';
  let currency = prefix?.meaning;
  let end = at;
  const percent = prefix ? null : matchAt(PERCENT, s, at);
  if (percent) {
    kind = 'share';
    factor /= 100;
    end = at + percent[0].length;
    hasUnit = true;
  } else {
    // "人民币5000万元" names the currency twice.
    const suffix = readAt(SUFFIX_CURRENCIES, s, skipSpace(s, at));
    // "100 Millionen (12 Millionen Euro) Yuan": the currency may follow the source's own conversion.
    const aside = !suffix && !prefix && factor > 1 ? matchAt('\\s*\\([^()]{1,40}\\)\\s*', s, at) : null;
    const named = suffix ?? (aside ? readAt(SUFFIX_CURRENCIES, s, at + aside[0].length) : undefined);
    if (suffix) end = suffix.end;
    if (named) {
      kind = 'money';
      currency = prefix?.meaning ?? named.meaning;
      hasUnit = true;
    }
  }
  // Digits glued to letters name things ("5G", "3D"), they state no figure.
  if (/[\p{Script=Latin}\d]/u.test(s[end] ?? '')) return undefined;
  return { start, end, raw: number.raw, value: tidy(number.raw * factor), factor, kind, currency, hasUnit };
}

const skipSpace = (s: string, at: number) => at + (matchAt('\\s*', s, at)?.[0].length ?? 0);

/** 百分之三十, 三分之一, 一半, "die Hälfte", "ein Drittel", "two thirds": shares in words. */
function readFraction(s: string, at: number): Amount | undefined {
  const part = `${CN_NUMERAL}|\\d+(?:\\.\\d+)?`;
  const cn = matchAt(`(${part})分之(${part})`, s, at);
  if (cn) {
    const read = (t: string) => (/\d/.test(t) ? Number(t) : chineseNumeral(t));
    const [whole, of] = [read(cn[1] as string), read(cn[2] as string)];
    if (whole === undefined || of === undefined) return undefined;
    return fraction(at, at + cn[0].length, of, 1 / whole);
  }
  if (matchAt('一半', s, at)) return fraction(at, at + 2, 1, 1 / 2);
  // "1/3": a written fraction, as policy texts give a top-up share of what a city pays.
  const slash = matchAt('(\\d+)\\s*/\\s*(\\d+)(?!\\d)', s, at);
  if (slash && Number(slash[2]) > Number(slash[1]))
    return fraction(at, at + slash[0].length, Number(slash[1]), 1 / Number(slash[2]));
  const count = readNumber(s, at);
  const counted = count !== undefined && count !== 'ill-formed' ? count : undefined;
  const from = counted ? skipSpace(s, counted.end) : at;
  const word = readAt(FRACTIONS, s, from, LATIN_END) ?? (counted && readAt(COUNTED_FRACTIONS, s, from, LATIN_END));
  return word ? fraction(at, word.end, counted?.raw ?? 1, word.meaning) : undefined;
}

const fraction = (start: number, end: number, raw: number, factor: number): Amount => ({
  start,
  end,
  raw,
  value: tidy(raw * factor),
  factor,
  kind: 'share',
  currency: undefined,
  hasUnit: true,
});

/** "10%至100%", "10 to 100 per cent", "2025-2026", "100-500万元": a bare first end takes the second's unit. */
function joinRange(s: string, first: Amount): { first: Amount; second: Amount } | undefined {
  const link = matchAt(RANGE, s, first.end);
  if (!link) return undefined;
  const second = readAmount(s, first.end + link[0].length);
  if (second === undefined || second === 'ill-formed') return undefined;
  const lower: Amount = first.hasUnit
    ? first
    : { ...first, value: tidy(first.raw * second.factor), kind: second.kind, currency: second.currency };
  if (first.hasUnit && (!second.hasUnit || first.kind !== second.kind)) return undefined;
  if (lower.currency && second.currency && lower.currency !== second.currency) return undefined;
  // "2025-04-01" is a date, not a range: a range rises.
  return second.value > lower.value ? { first: lower, second } : undefined;
}

function boundBefore(s: string, start: number): Bound | undefined {
  const before = s.slice(Math.max(0, start - 40), start);
  for (const [words, bound] of BOUNDS_LATIN) {
    if (new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})\\s*(?:[\\p{L}-]+\\s+)?$`, 'iu').test(before)) return bound;
  }
  for (const [words, bound] of BOUNDS_CN) {
    if (new RegExp(`(?:${words})\\p{Script=Han}{0,4}$`, 'u').test(before)) return bound;
  }
  for (const [words, bound] of BOUNDS_CN_TOUCHING) if (new RegExp(`(?:${words})$`, 'u').test(before)) return bound;
  return undefined;
}

/** A figure may not start inside a word or number: "Drittanbieter" holds no "Drittel", "x2" no 2. */
const insideWord = (s: string, at: number) => at > 0 && /[\p{Script=Latin}\d]/u.test(s[at - 1] as string);

/** Every figure stated in a text, in order, none overlapping. */
export function parseStatedFigures(text: string): StatedFigure[] {
  const s = halfWidth(text);
  const figures: StatedFigure[] = [];
  for (let at = 0; at < s.length;) {
    const read = insideWord(s, at) ? undefined : (readFraction(s, at) ?? readAmount(s, at));
    if (read === 'ill-formed') {
      at += matchAt(CN_NUMERAL, s, at)?.[0].length ?? 1;
      continue;
    }
    if (!read) {
      at++;
      continue;
    }
    const range = joinRange(s, read);
    const first = range?.first ?? read;
    const end = range?.second.end ?? read.end;
    const bound = boundBefore(s, first.start) ?? readAt(BOUNDS_AFTER, s, skipSpace(s, end))?.meaning;
    const currency = first.currency ?? range?.second.currency;
    figures.push({
      text: text.slice(first.start, end),
      start: first.start,
      end,
      kind: first.kind,
      value: first.value,
      ...(range ? { max: range.second.value } : {}),
      ...(currency ? { currency } : {}),
      ...(bound ? { bound } : {}),
    });
    at = end;
  }
  return figures;
}

/** "300000000 CNY", "0.3 (30%)", "10–100": a figure's value in words for messages. */
export function formatValue(figure: { kind: FigureKind; value: number; max?: number; currency?: string }): string {
  const one = (n: number) => (figure.kind === 'share' ? `${tidy(n)} (${tidy(n * 100)}%)` : String(n));
  const span = figure.max === undefined ? one(figure.value) : `${one(figure.value)} to ${one(figure.max)}`;
  if (figure.kind !== 'money') return span;
  return `${span} ${figure.currency ?? '(currency not stated)'}`;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
// A share written to four places ("ein Drittel" as 0.3333) is the share the words state.
const sameShare = (a: number, b: number) => Math.abs(a - b) < 5e-4;

/**
 * Whether the words an entry gives as stated say its figure: some figure in them of the same
 * kind and value (either end of a range), in the same currency when both are known.
 */
export function checkFigure(
  expected: { value: number; kind: FigureKind; currency?: string },
  asStated: string,
): { ok: true } | { ok: false; reason: string; parsed: StatedFigure[] } {
  const parsed = parseStatedFigures(asStated);
  const agrees = (f: StatedFigure) =>
    f.kind === expected.kind &&
    [f.value, f.max].some(
      (v) => v !== undefined && (expected.kind === 'share' ? sameShare : same)(v, expected.value),
    ) &&
    (f.kind !== 'money' || !f.currency || !expected.currency || f.currency === expected.currency);
  if (parsed.some(agrees)) return { ok: true };
  const { kind, value, currency } = expected;
  const wanted = formatValue({ kind, value, ...(currency ? { currency } : {}) });
  const given = parsed.map((f) => `"${f.text}" gives ${formatValue(f)}`).join('; ');
  const reason = parsed.length === 0 ? `"${asStated}" states no figure, not ${wanted}` : `${given}, not ${wanted}`;
  return { ok: false, reason, parsed };
}
