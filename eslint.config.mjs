// ESLint over TypeScript, Astro components and the plain scripts: typescript-eslint's recommended
// rules and eslint-plugin-astro's. `npm run lint` runs it with zero warnings allowed.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.cache/', '.tmp/', 'node_modules/', 'tests/**/fixtures/', 'bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      // Scripts and tests run in Node; the search script runs in the browser.
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // Unused names with a leading underscore are deliberate (an ignored tuple member).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
