import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'build/**', 'dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: model-loading suites run one file at a time to keep timings and memory sane.
    fileParallelism: false,
    // Says why the WebAssembly tests are skipped when the wasm core is not built.
    globalSetup: ['engine/native/test/announce-wasm.ts'],
  },
});
