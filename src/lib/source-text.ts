/**
 * A source entry's body is the cleaned article, one block per paragraph separated by blank lines;
 * a block starting with "## " is a subheading. Blocks are numbered from 1 so each paragraph has a
 * stable anchor (#p3) that citations link to.
 */
export type Block = { n: number; anchor: string; kind: 'heading' | 'paragraph'; text: string };

export function splitBlocks(body: string): Block[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0)
    .map((chunk, index) => {
      const heading = /^##\s+/.exec(chunk);
      const n = index + 1;
      return {
        n,
        anchor: `p${n}`,
        kind: heading ? 'heading' : 'paragraph',
        text: heading ? chunk.slice(heading[0].length) : chunk.replace(/\s*\n\s*/g, ' '),
      };
    });
}
