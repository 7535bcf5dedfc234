import { createHash } from 'node:crypto';

/** The sha256 of a file's bytes, as 64 lower-case hex digits. */
export const sha256 = (body: string | Uint8Array) => createHash('sha256').update(body).digest('hex');

/**
 * A checksum list in the format `sha256sum --check` reads: one "<hash>  <name>" line per file,
 * sorted by name so that the list is the same on every build.
 */
export function sha256sums(files: Iterable<[name: string, body: string | Uint8Array]>): string {
  return [...files]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, body]) => `${sha256(body)}  ${name}\n`)
    .join('');
}
