// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const PURE_MESSAGE =
  'src/domain, src/parse, src/persistence and src/share must stay pure: no React, ReactDOM, zustand or @xyflow imports.';

export default defineConfig(
  globalIgnores(['dist/', 'src/share/odcs/generated/', 'bench/dist/', 'node_modules/', 'playwright-report/', 'test-results/', 'blob-report/', 'coverage/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      // `onClick={() => void save()}` style handlers are fine.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // Small files that each do one thing: a file past 300 lines is split, not grown.
      'max-lines': ['error', { max: 300 }],
    },
  },
  // Plain JS files (this config, scripts/*.mjs) are not in the TS program: lint them without type info.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // React hooks rules (incl. the React Compiler-based checks) for components.
  {
    files: ['**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },
  // Tests: matchers like expect(obj.method) are fine.
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  // Pure layers must not depend on UI / state libraries.
  {
    files: ['src/domain/**', 'src/parse/**', 'src/persistence/**', 'src/share/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: PURE_MESSAGE },
            { name: 'react-dom', message: PURE_MESSAGE },
            { name: 'zustand', message: PURE_MESSAGE },
          ],
          patterns: [{ group: ['react/*', 'react-dom/*', 'zustand/*', '@xyflow/*'], message: PURE_MESSAGE }],
        },
      ],
    },
  },
);
