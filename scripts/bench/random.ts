/**
 * A seeded pseudo-random source, so that a corpus of a given size is the same on every run and
 * on every machine: two benchmark runs then build exactly the same content.
 */
export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** True with the given probability. */
  chance: (probability: number) => boolean;
  /** One item of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
  /**
   * One item, favouring the first ones (a Zipf-like law): a few hubs get most programs and
   * organisations, as in the real articles, rather than every place getting the same share.
   */
  skewed: <T>(items: readonly T[]) => T;
  /** Up to `count` distinct items, in random order. */
  sample: <T>(items: readonly T[], count: number) => T[];
};

/** Mulberry32: tiny, fast and good enough for test data. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    // next()^3 puts about half the draws into the first eighth of the list.
    skewed: <T>(items: readonly T[]): T => items[Math.floor(next() ** 3 * items.length)] as T,
    sample: <T>(items: readonly T[], count: number): T[] => {
      const copy = [...items];
      const out: T[] = [];
      while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
      return out;
    },
  };
}
