import { collectionHref, collections, type CollectionName } from '../registry.ts';

/** The collections with pages of their own, in the menu's order: places first, sources last. */
const MENU_COLLECTIONS: readonly CollectionName[] = ['cities', 'programs', 'companies', 'sources'];

/** The main menu: each collection's index under its plural label, then the site's other sections. */
export const nav: readonly (readonly [href: string, label: string])[] = [
  ...MENU_COLLECTIONS.map((c) => [collectionHref(c), collections[c].plural] as const),
  ['/compare/', 'Compare'],
  ['/compare/vouchers/', 'Vouchers'],
  ['/timeline/', 'Timeline'],
  ['/data/', 'Data'],
  ['/about/', 'About'],
];

/** The menu address of a page's section: the longest one its address starts with (/compare/vouchers/ is not /compare/). */
export const currentSection = (path: string): string | undefined =>
  nav
    .map(([href]) => href)
    .filter((href) => path.startsWith(href))
    .sort((a, b) => b.length - a.length)[0];
