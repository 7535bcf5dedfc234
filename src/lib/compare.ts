import type { MoneyKind } from '../schemas/money.ts';
import type { KnowledgeBase } from './kb.ts';
import { programAmounts, totalsByKind } from './money.ts';

/** One hub's column in the comparison. */
export type HubColumn = {
  id: string;
  name: string;
  /** Programs per instrument. */
  instruments: Map<string, number>;
  /** Announced money per kind, in CNY; kinds are never added together. */
  money: Map<MoneyKind, number>;
  focus: string[];
  organisations: { id: string; name: string }[];
  sources: number;
  notes: number;
};

/**
 * The places to compare side by side: every place that has programs or organisations of its own,
 * ordered by the number of programs, then by name.
 */
export function compareHubs(kb: KnowledgeBase): HubColumn[] {
  return kb.cities
    .map((city): HubColumn => {
      const programs = kb.programsIn(city.id);
      const organisations = kb.organisationsIn(city.id);
      const instruments = new Map<string, number>();
      for (const p of programs) instruments.set(p.data.instrument, (instruments.get(p.data.instrument) ?? 0) + 1);
      const notes = [city, ...programs].reduce((n, e) => n + e.data.notes.length, 0) + organisations.reduce((n, o) => n + o.data.notes.length, 0);
      return {
        id: city.id,
        name: city.data.name.en,
        instruments,
        money: totalsByKind(programs.flatMap((p) => programAmounts(p.data)), kb.rates),
        focus: [...new Set(programs.flatMap((p) => (p.data.focus === 'not stated' ? [] : p.data.focus)))].sort(),
        organisations: organisations.map((o) => ({ id: o.id, name: o.data.name.en })),
        sources: kb.sourcesOf('cities', city.id).length,
        notes,
      };
    })
    .filter((hub) => hub.instruments.size > 0 || hub.organisations.length > 0)
    .sort((a, b) => sum(b.instruments) - sum(a.instruments) || a.name.localeCompare(b.name, 'en'));
}

const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
