// Lint for the whole project: typescript-eslint's recommended rules, React's hook rules (with the
// React Compiler's checks of `recommended-latest`) and Next's Core Web Vitals rules.
// `npm run lint` runs it together with knip (dead code) and Prettier (format).
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output, local data and reports: what git ignores, plus Next's generated types file.
  globalIgnores(['.next/', '.next-*/', '.data/', 'graph/server/target/', 'test-results/', 'playwright-report/', 'bench/results/', 'next-env.d.ts']),
  tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'],
  nextPlugin.configs['core-web-vitals'],
  {
    // A disable comment that no longer silences anything is an error, so none outlives its reason.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a callback's position, a rest split).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
