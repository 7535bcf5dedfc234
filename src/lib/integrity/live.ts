import { isAbsolute, join, relative } from 'node:path';
import { formatProblems, type Problem } from './problem.ts';

/** True for a file inside the content folder: only such a change can change what the check finds. */
export function isContentFile(file: string, root: string, contentDir = 'content'): boolean {
  const rel = relative(join(root, contentDir), file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** What the dev server shows in the browser for a set of problems. */
export type OverlayError = {
  name: string;
  title: string;
  message: string;
  stack: string;
  plugin: string;
  loc?: { file: string; line: number; column: number };
};

/**
 * The error for the dev server's error overlay: the whole report, opened at the first error's
 * file and line so the overlay shows that file's text. The stack stays empty because Astro
 * takes the location from a stack when there is one.
 */
export function overlayError(problems: readonly Problem[], root: string): OverlayError {
  const first = problems.find((p) => p.severity === 'error') ?? problems[0];
  return {
    name: 'ContentError',
    title: 'The content has problems',
    message: `${formatProblems(problems)}\nFix each line and save: this goes away once the check finds no error.`,
    stack: '',
    plugin: 'china-ai-hubs:integrity',
    // A problem of the whole file has no line: the overlay then opens the file at its top.
    ...(first ? { loc: { file: join(root, first.file), line: first.line ?? 1, column: 1 } } : {}),
  };
}
