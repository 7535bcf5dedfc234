import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { indexSite, type Engine } from '../../src/integrations/pagefind.ts';

/** A stand-in for Pagefind whose index fails as told, recording whether it was closed. */
function engine(fail: { start?: boolean; add?: boolean; write?: boolean }) {
  const state = { closed: 0 };
  const index = {
    addDirectory: async () => ({ errors: fail.add ? ['bad page'] : [], page_count: 1 }),
    writeFiles: async () => ({ errors: fail.write ? ['disk full'] : [] }),
  };
  const fake = {
    createIndex: async () => (fail.start ? { errors: ['no binary'] } : { index, errors: [] }),
    close: async () => {
      state.closed++;
    },
  } as unknown as Engine;
  return { fake, state };
}

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-site-'));
  writeFileSync(join(dir, 'index.html'), '<html><body><main data-pagefind-body><h1>Home</h1></main></body></html>');
  return dir;
}

const failures = [
  ['start', /could not start: no binary/],
  ['add', /could not index the site: bad page/],
  ['write', /could not write its index: disk full/],
] as const;
for (const [failure, message] of failures) {
  test(`Pagefind is closed when it fails to ${failure}`, async () => {
    const dir = site();
    const { fake, state } = engine({ [failure]: true });
    try {
      await assert.rejects(indexSite(dir, fake), message);
      assert.equal(state.closed, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
