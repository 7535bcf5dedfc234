// citation-js ships no type declarations; these cover the parts the site uses.
declare module '@citation-js/core' {
  export type CslItem = Record<string, unknown> & { id: string; type: string };
  export class Cite {
    constructor(data: unknown);
    static async(data: unknown): Promise<Cite>;
    data: CslItem[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { styles: { add(name: string, style: unknown): void; has(name: string): boolean } };
      get(name: '@bibtex'): { format: { asciiOnly: boolean } };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
