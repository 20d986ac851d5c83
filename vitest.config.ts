import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Examples import the package by its name, as a user would; here that name is the source.
  resolve: {
    alias: [
      { find: /^partner-account-rules$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      {
        find: /^partner-account-rules\/schema$/,
        replacement: fileURLToPath(new URL('./src/schema/index.ts', import.meta.url)),
      },
      {
        find: /^partner-account-rules\/http$/,
        replacement: fileURLToPath(new URL('./src/http/index.ts', import.meta.url)),
      },
      {
        find: /^partner-account-rules\/postgres$/,
        replacement: fileURLToPath(new URL('./src/postgres/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/service/test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // Mutation testing runs the suite on instrumented code, several times slower.
    testTimeout: 30_000,
    // Type tests kill no mutant, and on Stryker's instrumented sources they cannot type-check.
    typecheck: {
      enabled: process.env['MUTATION'] === undefined,
      include: ['test/**/*.test-d.ts'],
      tsconfig: 'tsconfig.json',
    },
  },
});
