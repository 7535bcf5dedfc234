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

/**
 * The names are split into this many files, by a hash of the key, so that a search fetches only the
 * file its query's key falls in: a few KB rather than every name of a large knowledge base.
 */
export const NAME_SHARDS = 64;

/** The file (0 to NAME_SHARDS - 1) a key's entry is in: FNV-1a over the key's UTF-16 code units. */
export function nameShard(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % NAME_SHARDS;
}

/** The names by file: every shard is there, empty or not. */
export function nameShards(names: Record<string, NameTarget>): Record<string, NameTarget>[] {
  const shards = Array.from({ length: NAME_SHARDS }, (): Record<string, NameTarget> => ({}));
  for (const [key, target] of Object.entries(names)) shards[nameShard(key)]![key] = target;
  return shards;
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
