import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { defineConfig, type Options } from 'tsup';

// Four entries for users: the core, the zod boundary, the HTTP helpers, the Postgres store; and
// the CLI. The others import the core (and the boundary) by the package's own name, kept
// external, so a program that uses two of them holds one copy of the core (a world made by one is
// a world to the others).
const ENTRIES = {
  index: 'src/index.ts',
  'schema/index': 'src/schema/index.ts',
  'http/index': 'src/http/index.ts',
  'postgres/index': 'src/postgres/index.ts',
};

const shared: Options = {
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.src.json',
  platform: 'neutral',
  external: [
    'partner-account-rules',
    'partner-account-rules/schema',
    'partner-account-rules/http',
    'partner-account-rules/postgres',
  ],
};

// The ES modules keep one file per source module (every module an entry, shared code split out),
// so that a bundler, told the package has no side effects, leaves out every module a program does
// not reach: a page that imports one decision does not pay for the world or the messages. The
// imports esbuild keeps only to run a module first are dropped: no module of the library does
// anything on import but define what it exports.
const dropBareImports = (folder: string): void => {
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    const kept = text.replace(/^import "\.{1,2}\/[\w./-]+\.js";$/gmu, '');
    if (kept !== text) writeFileSync(file, kept);
  }
};

export default defineConfig([
  {
    ...shared,
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    splitting: true,
    dts: false,
    clean: true,
    onSuccess: () => {
      dropBareImports('dist');
      return Promise.resolve();
    },
  },
  // CommonJS: one file per entry; and the declarations of each entry for both formats.
  { ...shared, entry: ENTRIES, format: ['cjs'], dts: true },
  { ...shared, entry: ENTRIES, format: ['esm'], dts: { only: true } },
  { ...shared, entry: { 'cli/bin': 'src/cli/bin.ts' }, format: ['esm'], dts: false, platform: 'node' },
]);
