import { currentRelease } from './lib/release.ts';

/** The site's name and what it is, written once for titles, feeds, exports and citations. */
export const SITE_NAME = 'China AI Hubs';
export const SITE_DESCRIPTION = 'a knowledge base of Chinese AI-hub policies';

/** The knowledge base's release (the last commit), for downloads and citations of the whole. */
export const release = currentRelease(process.cwd());
