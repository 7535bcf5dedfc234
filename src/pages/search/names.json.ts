import { kb } from '../../data/kb.ts';
import { searchNames } from '../../lib/search-names.ts';

/** The exact names the search page puts first (lib/search-names.ts). */
export const GET = () =>
  new Response(JSON.stringify(searchNames(kb)), { headers: { 'Content-Type': 'application/json' } });
