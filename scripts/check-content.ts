// Every content check without building a page: the build's integrity check (schemas, references,
// quotes, figures against their words) plus figure coverage. Exits 1 when anything is wrong.
import { checkContent } from '../src/lib/integrity/check.ts';
import { checkFigureCoverage } from '../src/lib/integrity/coverage-check.ts';
import { formatProblems } from '../src/lib/integrity/problem.ts';

const root = process.cwd();
const started = performance.now();
const coverage = checkFigureCoverage(root);
const problems = [...checkContent(root), ...coverage.problems];
const figures = [...coverage.counts.values()].reduce((sum, c) => sum + c.total, 0);
process.stdout.write(`${problems.length ? formatProblems(problems) : 'The content checks found no problem.'}\n`);
process.stdout.write(
  `Checked ${coverage.counts.size} sources and ${figures} figures in ${Math.round(performance.now() - started)} ms.\n`,
);
if (problems.some((p) => p.severity === 'error')) process.exitCode = 1;
