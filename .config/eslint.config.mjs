import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// Kept under .config/ so the repository's top level stays what the product owner set.
const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', '.next-*/**', '.e2e-data*/**', '.e2e-canary*/**', '.e2e-replicas*/**', 'tmp/**', 'node_modules/**', 'data/**', '.e2e-data/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', 'next-env.d.ts'],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    // Pages link through components/ui/link.tsx, which prefetches on intent instead of on sight.
    files: ['app/**', 'components/**'],
    ignores: ['components/ui/link.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Use { Link } from @/components/ui/link: it prefetches on intent, not for every link in view.' }] }] },
  },
  {
    // Command-line entry points print to the terminal on purpose.
    files: ['lib/runtime/**', 'lib/ecs-sandbox/cli.ts', 'bench/**', '.ci/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
];

export default config;
