import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three projects: node (shared + main on real SQLite files), jsdom (components), e2e (built renderer
// in Debian Chromium, real core). Benchmarks run with `npm run bench`.
export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/shared/**/*.test.ts', 'src/main/**/*.test.ts', 'scripts/**/*.test.ts', 'locales/**/*.test.ts'],
          benchmark: { include: ['src/**/*.bench.ts'] },
          globals: true,
          pool: 'forks',
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['src/renderer/**/*.test.tsx', 'src/renderer/**/*.test.ts'],
          setupFiles: ['src/renderer/test/setup.ts'],
          globals: true,
          // Two cores shared by three projects: a first render (i18n, 250 country names) can take seconds.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          benchmark: { include: ['e2e/**/*.bench.ts'] },
          globals: true,
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
