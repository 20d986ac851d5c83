import { defineConfig, type Options } from 'tsup';

// Five entries: the core, the zod boundary, the HTTP helpers, the Postgres store and the CLI. The others import the
// core (and the boundary) by the package's own name, kept external, so a program that uses two of
// them holds one copy of the core (a world made by one is a world to the others).
const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.src.json',
  external: [
    'partner-account-rules',
    'partner-account-rules/schema',
    'partner-account-rules/http',
    'partner-account-rules/postgres',
  ],
};

export default defineConfig([
  {
    ...shared,
    entry: {
      index: 'src/index.ts',
      'schema/index': 'src/schema/index.ts',
      'http/index': 'src/http/index.ts',
      'postgres/index': 'src/postgres/index.ts',
    },
    clean: true,
    platform: 'neutral',
  },
  { ...shared, entry: { 'cli/bin': 'src/cli/bin.ts' }, format: ['esm'], dts: false, platform: 'node' },
]);
