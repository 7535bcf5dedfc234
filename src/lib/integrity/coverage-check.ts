import { figureCoverage } from '../coverage.ts';
import { splitBlocks } from '../source-text.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { loadEntries } from './load.ts';
import type { Problem } from './problem.ts';

/**
 * Figure coverage as problems: every figure of a source stands in a passage some entry quotes, or
 * is listed under uncitedFigures with a reason. Kept beside the build's check, not in it, so that
 * an editor can build while still writing the entries for a new source.
 */
export function checkFigureCoverage(
  root: string,
  contentDir = 'content',
): { problems: Problem[]; counts: Map<string, ReturnType<typeof figureCoverage>> } {
  const { entries } = loadEntries(root, contentDir);
  const quotesBySource = new Map<string, string[]>();
  for (const entry of entries.filter((e) => e.collection !== 'sources')) {
    const citations =
      (entry.data as { citations?: Record<string, { source?: unknown; quote?: unknown }> } | undefined)?.citations ??
      {};
    for (const citation of Object.values(citations)) {
      if (typeof citation.source !== 'string' || typeof citation.quote !== 'string') continue;
      quotesBySource.set(citation.source, [...(quotesBySource.get(citation.source) ?? []), citation.quote]);
    }
  }
  const problems: Problem[] = [];
  const counts = new Map<string, ReturnType<typeof figureCoverage>>();
  for (const entry of entries.filter((e) => e.collection === 'sources')) {
    const parsed = sourceSchema.safeParse(entry.data);
    if (!parsed.success) continue;
    const coverage = figureCoverage(
      splitBlocks(entry.body),
      quotesBySource.get(entry.id) ?? [],
      parsed.data.uncitedFigures,
    );
    counts.set(entry.id, coverage);
    for (const m of coverage.missing) {
      problems.push({
        severity: 'error',
        file: entry.file,
        field: 'uncitedFigures',
        message: `The figure "${m.figure}" in ¶${m.paragraph} (…${m.context}…) is cited by no entry. Fix: cite the passage from the entry it supports, or list it under uncitedFigures with { paragraph: ${m.paragraph}, figure: "${m.figure}", reason: … }.`,
      });
    }
    for (const s of coverage.staleExclusions) {
      problems.push({
        severity: 'error',
        file: entry.file,
        field: 'uncitedFigures',
        message: `uncitedFigures lists "${s.figure}" in ¶${s.paragraph}, which is not an uncited figure there. Fix: remove it.`,
      });
    }
  }
  return { problems, counts };
}
