/**
 * Profiles cite with pandoc-style markers: "… one billion yuan [@c1]." The remark plugin turns
 * each marker into a numbered link; the integrity check makes sure each names a citation.
 */
export const CITE_MARKER = /\[@([A-Za-z0-9][\w-]*)\]/g;

/** Every marker in a text, with its line (counting from 1). */
export function citeMarkers(text: string): { key: string; line: number }[] {
  return [...text.matchAll(CITE_MARKER)].map((match) => ({
    key: match[1] as string,
    line: text.slice(0, match.index).split('\n').length,
  }));
}
