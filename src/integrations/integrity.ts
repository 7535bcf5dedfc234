import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/integrity/check.ts';
import { forgetReads } from '../lib/integrity/load.ts';
import { isContentFile, overlayError } from '../lib/integrity/live.ts';
import { formatProblems, type Problem } from '../lib/integrity/problem.ts';

/** Saving a file often fires several events; one check after the last of them is enough. */
const SETTLE_MS = 150;

/**
 * Runs the content integrity check before Astro syncs its collections, so that a build fails
 * listing every problem at once, before any page is written. Astro alone would stop at the first
 * bad entry and only log a dangling reference. In `astro dev` the check runs again whenever a
 * content file changes, and its errors show in the terminal and in the browser's error overlay.
 */
export function integrity(): AstroIntegration {
  let root = '';
  let problems: Problem[] = [];
  const failing = () => problems.some((p) => p.severity === 'error');
  return {
    name: 'china-ai-hubs:integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        problems = checkContent(root);
        if (command === 'build') forgetReads();
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (failing() && command !== 'dev') {
          throw new AstroError(
            `The content has problems; no page was written.\n${report}`,
            'Fix each line above, then build again.',
          );
        }
        logger[failing() ? 'error' : 'warn'](report);
      },
      'astro:server:setup': ({ server, logger }) => {
        const hot = server.environments.client.hot;
        const showError = () => hot.send({ type: 'error', err: overlayError(problems, root) });
        // Vite's client shows an error only when told, so a page opened later is told on connecting.
        hot.on('vite:client:connect', () => {
          if (failing()) showError();
        });
        let timer: ReturnType<typeof setTimeout> | undefined;
        const recheck = () => {
          const before = formatProblems(problems);
          const wasFailing = failing();
          problems = checkContent(root);
          const report = formatProblems(problems);
          if (report === before) return;
          if (problems.length === 0) logger.info('The content checks found no problem.');
          else logger[failing() ? 'error' : 'warn'](report);
          // Vite keeps an error or reload sent while no page is open and replays it to the next one.
          if (server.ws.clients.size === 0) return;
          if (failing()) showError();
          else if (wasFailing) hot.send({ type: 'full-reload', path: '*' });
        };
        const onChange = (file: string) => {
          if (!isContentFile(file, root)) return;
          clearTimeout(timer);
          timer = setTimeout(recheck, SETTLE_MS);
        };
        server.watcher.add(`${root}/content`);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
      },
    },
  };
}
