// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { integrity } from './src/integrations/integrity.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { remarkCite } from './src/lib/remark-cite.ts';

export default defineConfig({
  // The public address: canonical links, the sitemap, feeds and citations use it. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://china-ai-hubs.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The integrity check comes first: it must fail the build before Astro syncs the collections.
  integrations: [integrity(), mdx(), pagefindIndex(), sitemap()],
  markdown: {
    // Shiki's inline styles break the Content-Security-Policy, and entries hold no code.
    syntaxHighlight: false,
    processor: unified({ remarkPlugins: [remarkGfm, remarkCite] }),
  },
  // Writes .astro/collections/collections.json, with which the Astro VS Code extension (setting
  // astro.content-intellisense) gives schema hints in the frontmatter of content files.
  experimental: { contentIntellisense: true },
  security: {
    csp: {
      algorithm: 'SHA-256',
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every .mdx module starts with a directive that rolldown warns about; it is harmless.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
