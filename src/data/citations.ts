import { citationFormats, type CitationFormats } from '../lib/cite/formats.ts';
import { knowledgeBaseToCsl, sourceToCsl } from '../lib/cite/csl.ts';
import { entryHref } from '../lib/routes.ts';
import { release } from '../site.ts';
import { kb } from './kb.ts';

const site = import.meta.env.SITE;
const absolute = (path: string) => new URL(path, site).href;

/** Citation id of the knowledge base itself in the /cite/ downloads. */
export const KNOWLEDGE_BASE_ID = 'china-ai-hubs';

/** Every citable work (each source and the knowledge base) in every format, computed once. */
export const citations = new Map<string, CitationFormats>([
  [KNOWLEDGE_BASE_ID, citationFormats(knowledgeBaseToCsl(release, absolute('/')))],
  ...kb.sources.map(
    (s) => [s.id, citationFormats(sourceToCsl(s.id, s.data, absolute(entryHref('sources', s.id))))] as const,
  ),
]);

/** The downloadable files, by extension. */
export const citationFiles = {
  bib: { type: 'application/x-bibtex; charset=utf-8', body: (f: CitationFormats) => f.bibtex, label: 'BibTeX' },
  ris: {
    type: 'application/x-research-info-systems; charset=utf-8',
    body: (f: CitationFormats) => f.ris,
    label: 'RIS',
  },
  json: {
    type: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    body: (f: CitationFormats) => f.csljson,
    label: 'CSL-JSON',
  },
} as const;
