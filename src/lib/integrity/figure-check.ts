import { normaliseText } from '../normalise.ts';
import { checkFigure, type FigureKind } from '../stated-figures.ts';

/** One figure of an entry that the check could not match with its words. */
export type FigureProblem = { path: PropertyKey[]; message: string };

type Quotes = Record<string, { quote: string } | undefined>;
type Node = Record<string, unknown>;

const CURRENCY_UNIT = /^(CNY|USD|EUR|HKD)$/;

/** The number an object states, its kind and currency, and the field that holds it. */
function figureOf(node: Node): { field: string; value: number; kind: FigureKind; currency?: string } | undefined {
  if (typeof node['amount'] === 'number') {
    return {
      field: 'amount',
      value: node['amount'],
      kind: 'money',
      ...(typeof node['currency'] === 'string' ? { currency: node['currency'] } : {}),
    };
  }
  if (typeof node['share'] === 'number') return { field: 'share', value: node['share'], kind: 'share' };
  if (typeof node['fraction'] === 'number') return { field: 'fraction', value: node['fraction'], kind: 'share' };
  if (typeof node['value'] === 'number' && typeof node['unit'] === 'string') {
    const money = CURRENCY_UNIT.test(node['unit']);
    return {
      field: 'value',
      value: node['value'],
      kind: money ? 'money' : 'number',
      ...(money ? { currency: node['unit'] } : {}),
    };
  }
  return undefined;
}

/**
 * Checks every figure of an entry against its words: wherever an object gives a number beside
 * `asStated`, the words must stand in a quote it cites and must state that number (亿 and 万,
 * Milliarde and Million, per cent and 百分之 read by one parser). A share the source states only
 * loosely ("remainder") is not checked; a conversion the source adds is checked like the amount.
 */
export function checkFigures(value: unknown, quotes: Quotes): FigureProblem[] {
  const problems: FigureProblem[] = [];
  const visit = (node: unknown, path: PropertyKey[], inherited: readonly string[]) => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, [...path, i], inherited));
    if (node === null || typeof node !== 'object') return;
    const record = node as Node;
    const cite = Array.isArray(record['cite']) ? (record['cite'] as string[]) : inherited;
    const figure = figureOf(record);
    if (figure && typeof record['asStated'] === 'string' && record['qualifier'] !== 'remainder') {
      const words = record['asStated'];
      const cited = cite.map((key) => quotes[key]?.quote).filter((q): q is string => typeof q === 'string');
      if (cited.length > 0 && !cited.some((q) => normaliseText(q).includes(normaliseText(words)))) {
        problems.push({
          path: [...path, 'asStated'],
          message: `The words "${words}" stand in none of the quotes it cites (${cite.join(', ')}). Fix: copy the words that state the figure exactly from the quote.`,
        });
      }
      const result = checkFigure(figure, words);
      if (!result.ok) {
        problems.push({
          path: [...path, figure.field],
          message: `${result.reason}. Fix: write the number the words state, or correct asStated.`,
        });
      }
      const conversion = record['sourceConversion'] as Node | undefined;
      if (conversion && typeof conversion['amount'] === 'number') {
        const check = checkFigure(
          { value: conversion['amount'], kind: 'money', currency: String(conversion['currency']) },
          words,
        );
        if (!check.ok)
          problems.push({
            path: [...path, 'sourceConversion', 'amount'],
            message: `${check.reason}. Fix: write the conversion the words state.`,
          });
      }
    }
    for (const [key, child] of Object.entries(record)) {
      if (key !== 'citations' && key !== 'sourceConversion') visit(child, [...path, key], cite);
    }
  };
  visit(value, [], []);
  return problems;
}
