import type { PartialDate } from '../../schemas/date.ts';
import type { SourceData } from '../../schemas/source.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../../site.ts';

/** A CSL-JSON item: the citation metadata every export format is generated from. */
export type CslItem = { id: string; type: string } & Record<string, unknown>;

const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });

/** CSL "issued" for a date known to the day, month or year. */
const issued = (date: PartialDate) => dateParts(date.date);

/**
 * The CSL-JSON description of an archived source. What the text does not state stays out rather
 * than being invented; an unstated title is described in square brackets, as APA asks.
 */
export function sourceToCsl(id: string, data: SourceData, archiveUrl: string): CslItem {
  const publisher = data.publisher === 'not stated' ? undefined : data.publisher;
  return {
    id,
    type: publisher ? 'article-newspaper' : 'webpage',
    title: data.title === 'not stated' ? `[${data.titleEn}]` : data.title,
    ...(publisher ? { 'container-title': publisher, publisher } : {}),
    ...(data.author ? { author: [{ literal: data.author }] } : {}),
    ...(data.published === 'not stated' ? {} : { issued: issued(data.published) }),
    accessed: dateParts(data.archived),
    language: data.language,
    URL: data.url ?? archiveUrl,
    ...(data.url ? { note: `Archived copy: ${archiveUrl}` } : {}),
  };
}

/** The CSL-JSON description of the knowledge base itself, at one commit. */
export function knowledgeBaseToCsl(release: { version: string; date: string }, siteUrl: string): CslItem {
  return {
    id: 'china-ai-hubs',
    type: 'dataset',
    title: `${SITE_NAME}: ${SITE_DESCRIPTION}`,
    author: [{ literal: `${SITE_NAME} editors` }],
    version: release.version,
    note: `Version ${release.version} of ${release.date}`,
    issued: dateParts(release.date),
    URL: siteUrl,
    language: 'en',
  };
}
