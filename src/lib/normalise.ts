/**
 * Quote matching normalises only whitespace and typographic quote marks, as the design promises:
 * any other difference between a quote and its source is an error.
 */
const QUOTE_MARKS: Record<string, string> = {
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2039': "'",
  '\u203A': "'",
  '\u2032': "'",
};

/** Text in matching form, with the offset in the original text of each normalised character. */
export type Normalised = { text: string; offsets: number[] };

/** Collapses runs of whitespace (no-break spaces included) to one space, unifies quote marks, trims. */
export function normalise(input: string): Normalised {
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const char = input[i] as string;
    if (/\s/u.test(char)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && text.length > 0) {
      text += ' ';
      offsets.push(pendingSpace);
    }
    pendingSpace = -1;
    text += QUOTE_MARKS[char] ?? char;
    offsets.push(i);
  }
  return { text, offsets };
}

/** The normalised text alone. */
export function normaliseText(input: string): string {
  return normalise(input).text;
}
