import { execFileSync } from 'node:child_process';

/**
 * The knowledge base's version: the last commit's short hash and day. Taken from git rather than
 * the clock, so that two builds of one checkout are identical.
 */
export function currentRelease(root: string): { version: string; date: string } {
  try {
    const [hash, date] = execFileSync('git', ['log', '-1', '--format=%h %cs'], { cwd: root, encoding: 'utf8' })
      .trim()
      .split(' ');
    if (hash && date) return { version: hash, date };
  } catch {
    // Not a git checkout (e.g. an exported archive): fall through.
  }
  return { version: 'unversioned', date: '1970-01-01' };
}
