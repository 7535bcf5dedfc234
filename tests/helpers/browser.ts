import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'astro';
import { after, before } from 'node:test';
import { chromium, type BrowserContext } from 'playwright-core';
import { root } from './paths.ts';

/** Debian's Chromium (or CHROMIUM_PATH), headless, with no background traffic. */
export async function launchBrowser(
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves dist/ with Astro's preview server on a free port. */
export async function serveSite(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server = await preview({ root, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  const origin = `http://127.0.0.1:${server.port}`;
  return { origin, stop: () => server.stop() };
}

/**
 * Serves the built site and opens Chromium once for a test file: registers the before/after
 * hooks and returns the origin and browser context, filled in once the hooks have run.
 */
export function siteInBrowser(options: { javaScriptEnabled?: boolean } = {}): {
  origin: string;
  context: BrowserContext;
} {
  const state = { origin: '', context: undefined as unknown as BrowserContext };
  const closers: (() => Promise<void>)[] = [];
  before(async () => {
    const site = await serveSite();
    state.origin = site.origin;
    const browser = await launchBrowser(options);
    state.context = browser.context;
    closers.push(browser.close, site.stop);
  });
  after(async () => {
    for (const close of closers) await close();
  });
  return state;
}
