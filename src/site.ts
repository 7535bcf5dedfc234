/** The site's name and what it is, written once for titles, feeds, exports and citations. */
export const SITE_NAME = 'China AI Hubs';
export const SITE_DESCRIPTION = 'a knowledge base of Chinese AI-hub policies';
