/**
 * Exact names for the search box: a reader who types an entity's name, English, Chinese or
 * pinyin, gets that entity's page first. Pagefind ranks by word statistics, so a long city page
 * can fall behind shorter pages that repeat its name; the search page puts an exact match first.
 */
import type { KnowledgeBase } from './kb.ts';

/** One entity an exact name leads to. */
export type NameTarget = { url: string; title: string; type: string };

/** The form names are compared in: lower case, without tone marks, spaces or punctuation. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');
}

/** Every name of every place, program and organisation, by key; a name shared by two entities is left out. */
export function searchNames(kb: KnowledgeBase): Record<string, NameTarget> {
  const byKey = new Map<string, NameTarget | null>();
  const add = (names: (string | undefined)[], target: NameTarget) => {
    for (const name of names) {
      const key = name && nameKey(name);
      if (!key || key.length < 2) continue;
      const seen = byKey.get(key);
      // Ambiguous names lead nowhere in particular; the ranked results decide.
      byKey.set(key, seen === undefined || seen?.url === target.url ? target : null);
    }
  };
  for (const city of kb.cities) {
    const ref = kb.places[city.id];
    add([city.data.name.en, city.data.name.original, ref?.zh, ref?.pinyin, ...city.data.aliases], {
      url: kb.link('cities', city.id).href,
      // As the page's heading has it, with the Chinese name.
      title: ref?.zh ? `${city.data.name.en} ${ref.zh}` : city.data.name.en,
      type: 'Place',
    });
  }
  for (const program of kb.programs) {
    add([program.data.name.en, program.data.name.original], {
      url: kb.link('programs', program.id).href,
      title: program.data.name.en,
      type: 'Program',
    });
  }
  for (const company of kb.companies) {
    add([company.data.name.en, company.data.name.original], {
      url: kb.link('companies', company.id).href,
      title: company.data.name.en,
      type: 'Organisation',
    });
  }
  return Object.fromEntries(
    [...byKey]
      .filter((entry): entry is [string, NameTarget] => entry[1] !== null)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
