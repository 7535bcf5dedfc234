import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { astroEnv, siteFixture } from '../helpers/fixtures.ts';

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Polls until `done` holds, failing with `what` and the server's output after `ms`. */
async function waitFor(what: string, done: () => boolean | Promise<boolean>, ms: number, output: () => string) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
    if (await done()) return;
  }
  assert.fail(`Waited ${ms} ms for ${what}. The dev server printed:\n${output()}`);
}

type HmrMessage = { type: string; err?: { message?: string } };

/** A connection to the dev server's HMR socket, as the page's Vite client opens it. */
async function hmrSocket(port: number): Promise<{ messages: HmrMessage[]; socket: WebSocket }> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/`, 'vite-hmr');
  const messages: HmrMessage[] = [];
  socket.addEventListener('message', (event) => messages.push(JSON.parse(String(event.data)) as HmrMessage));
  await once(socket, 'open');
  return { messages, socket };
}

const quoteError = (messages: HmrMessage[]) =>
  messages.some((m) => m.type === 'error' && /The quote is not in source/.test(m.err?.message ?? ''));

const title = 'npm run dev reports a broken quote in the terminal and the browser, and clears it once fixed';

test(title, { timeout: 180_000 }, async () => {
  const dir = siteFixture('base');
  const port = await freePort();
  const args = ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'];
  const server = spawn(process.execPath, args, {
    cwd: dir,
    env: astroEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const printed = () => output;
  const sockets: WebSocket[] = [];
  try {
    const home = `http://127.0.0.1:${port}/`;
    await waitFor(
      'the dev server to answer',
      () =>
        fetch(home).then(
          (r) => r.ok,
          () => false,
        ),
      90_000,
      printed,
    );
    const open = await hmrSocket(port);
    sockets.push(open.socket);

    const file = join(dir, 'content', 'companies', 'testlab.md');
    const good = readFileSync(file, 'utf8');
    const printedBefore = output.length;
    writeFileSync(file, good.replace('baut "große Modelle"', 'erforscht "große Modelle"'));
    const reported = () => /The quote is not in source "daily-news"/.test(output.slice(printedBefore));
    await waitFor('the terminal to report the quote', reported, 20_000, printed);
    assert.match(output.slice(printedBefore), /content\/companies\/testlab\.md:10 citations\.c1\.quote/);
    await waitFor('the open page to get the error overlay', () => quoteError(open.messages), 10_000, printed);
    // A page opened while the content is broken is told too.
    const late = await hmrSocket(port);
    sockets.push(late.socket);
    await waitFor('a newly opened page to get the error overlay', () => quoteError(late.messages), 10_000, printed);

    const printedBroken = output.length;
    open.messages.length = 0;
    writeFileSync(file, good);
    const cleared = () => /The content checks found no problem\./.test(output.slice(printedBroken));
    await waitFor('the terminal to report the fix', cleared, 20_000, printed);
    const reloaded = () => open.messages.some((m) => m.type === 'full-reload');
    await waitFor('the open page to reload', reloaded, 10_000, printed);
    const fresh = await hmrSocket(port);
    sockets.push(fresh.socket);
    await waitFor('the HMR greeting', () => fresh.messages.some((m) => m.type === 'connected'), 10_000, printed);
    await sleep(1_000);
    assert.equal(quoteError(fresh.messages), false, 'A page opened after the fix still got the error overlay.');

    // An edited profile is on its page at the next request: the content loader watches the collection's folder.
    writeFileSync(file, good.replace('A lab [@c1].', 'A lab that edits live [@c1].'));
    const page = `http://127.0.0.1:${port}/companies/testlab/`;
    const shows = () =>
      fetch(page).then(
        async (r) => (await r.text()).includes('A lab that edits live'),
        () => false,
      );
    await waitFor('the edited profile to show on its page', shows, 20_000, printed);
  } finally {
    for (const socket of sockets) socket.close();
    server.kill('SIGTERM');
    const exited = once(server, 'exit');
    const timeout = sleep(10_000, false, { ref: false });
    const stopped = server.exitCode !== null || (await Promise.race([exited.then(() => true), timeout]));
    if (!stopped) {
      server.kill('SIGKILL');
    }
  }
});
