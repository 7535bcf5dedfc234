import { moneyKinds, type MoneyKind } from '../schemas/money.ts';
import { instruments } from '../schemas/program.ts';
import type { EntityLink, KnowledgeBase } from './kb.ts';
import { programAmounts, totalsByKind } from './money.ts';
import { highestRate, isVoucherProgram, largestYearlyPool, type VoucherKind } from './vouchers.ts';
import { voucherKinds } from '../schemas/terms.ts';

/** A figure of one program, with the program it comes from. */
export type ProgramFigure = { value: number; program: EntityLink };

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
  /** Voucher programs and the kinds they name. */
  vouchers: { count: number; kinds: VoucherKind[] };
  /** The largest pool in CNY a year, where a pool's period allows one. */
  largestPool: ProgramFigure | undefined;
  /** The highest share among rate tiers. */
  highestRate: ProgramFigure | undefined;
};

/** The program with the largest figure, undefined when none states it. */
function top<P extends { id: string }>(
  programs: readonly P[],
  figure: (p: P) => number | undefined,
  link: (id: string) => EntityLink,
) {
  let best: ProgramFigure | undefined;
  for (const p of programs) {
    const value = figure(p);
    if (value !== undefined && (!best || value > best.value)) best = { value, program: link(p.id) };
  }
  return best;
}

/**
 * The places to compare side by side: every place that has programs or organisations of its own,
 * ordered by the number of programs, then by name.
 */
export function compareHubs(kb: KnowledgeBase): HubColumn[] {
  const link = (id: string) => kb.link('programs', id);
  return kb.cities
    .map((city): HubColumn => {
      const programs = kb.programsIn(city.id);
      const vouchers = programs.filter((p) => isVoucherProgram(p.data));
      const organisations = kb.organisationsIn(city.id);
      const instruments = new Map<string, number>();
      for (const p of programs) instruments.set(p.data.instrument, (instruments.get(p.data.instrument) ?? 0) + 1);
      const notes =
        [city, ...programs].reduce((n, e) => n + e.data.notes.length, 0) +
        organisations.reduce((n, o) => n + o.data.notes.length, 0);
      return {
        id: city.id,
        name: city.data.name.en,
        instruments,
        money: totalsByKind(
          programs.flatMap((p) => programAmounts(p.data)),
          kb.rates,
        ),
        focus: [...new Set(programs.flatMap((p) => (p.data.focus === 'not stated' ? [] : p.data.focus)))].sort(),
        organisations: organisations.map((o) => ({ id: o.id, name: o.data.name.en })),
        sources: kb.sourcesOf('cities', city.id).length,
        notes,
        vouchers: {
          count: vouchers.length,
          kinds: voucherKinds.filter((kind) => vouchers.some((p) => p.data.voucherKinds.includes(kind))),
        },
        largestPool: top(programs, (p) => largestYearlyPool(p.data, kb.rates), link),
        highestRate: top(programs, (p) => highestRate(p.data), link),
      };
    })
    .filter((hub) => hub.instruments.size > 0 || hub.organisations.length > 0)
    .sort((a, b) => sum(b.instruments) - sum(a.instruments) || a.name.localeCompare(b.name, 'en'));
}

const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

/** The compare page: the hubs, and the instruments and kinds of money at least one of them has, in schema order. */
export function comparePage(kb: KnowledgeBase) {
  const hubs = compareHubs(kb);
  return {
    hubs,
    instruments: instruments.filter((i) => hubs.some((h) => h.instruments.has(i))),
    kinds: moneyKinds.filter((k) => hubs.some((h) => h.money.has(k))),
  };
}
