import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    // dist/ is built from the current sources first: some tests run the built CLI and worker.
    globalSetup: ['tests/helpers/build-dist.ts'],
    // What the CLI loads on demand, loaded for tests that call the loaders and renderers directly.
    setupFiles: ['tests/helpers/load-on-demand.ts'],
    testTimeout: 20_000,
    clearMocks: true,
    restoreMocks: true,
  },
});
