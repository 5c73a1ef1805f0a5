import { defineConfig } from 'vitest/config';

process.env.TZ = 'Europe/Berlin';

export default defineConfig({
  test: {
    // Two test files at a time, also on a 2-core machine (vitest's default there is one): browser
    // tests spend much of their time waiting for pages, and each file has its own browser and
    // temporary folders, so two can run side by side.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Generous for the CPU-heavy probes (millions of CSV cells) while another file and astro check share 2 cores.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Builds the site once and serves dist/ to every browser test file.
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Two browser files share 2 cores: a heavy page (/einbetten/ with seven iframes) may need a while to settle.
          testTimeout: 120_000,
          // A hook may build the whole site from a temporary copy (isolated-build.ts): about 30 s on an
          // idle 2-core machine, several minutes when other files and other processes share the cores.
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
