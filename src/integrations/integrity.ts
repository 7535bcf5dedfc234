import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/integrity/check.ts';
import { formatProblems } from '../lib/integrity/problem.ts';

/**
 * Runs the content integrity check before Astro syncs its collections, so that a build fails
 * listing every problem at once, before any page is written. Astro alone would stop at the first
 * bad entry and only log a dangling reference.
 */
export function integrity(): AstroIntegration {
  return {
    name: 'china-ai-hubs:integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = checkContent(fileURLToPath(config.root));
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        const failing = problems.some((p) => p.severity === 'error');
        if (failing && command !== 'dev') {
          throw new AstroError(`The content has problems; no page was written.\n${report}`, 'Fix each line above, then build again.');
        }
        logger[failing ? 'error' : 'warn'](report);
      },
    },
  };
}
