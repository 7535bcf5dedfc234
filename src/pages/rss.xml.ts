import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { kb } from '../data/kb.ts';
import { programFeedItems } from '../lib/export/feed.ts';
import { SITE_NAME } from '../site.ts';

/** Programs by announcement date, newest first. */
export const GET: APIRoute = ({ site }) =>
  rss({
    title: `${SITE_NAME}: programs`,
    description:
      'Chinese AI-hub programs by announcement date, newest first; programs whose announcement date the sources do not give come last.',
    site: site ?? import.meta.env.SITE,
    items: programFeedItems(kb.programs, (id) => kb.link('cities', id).name),
    trailingSlash: true,
  });
