// Builds the playground into dist/: the page, its style, its service worker, and one script that
// bundles the library from ../src (no server needed: open dist/index.html through any static
// host). Prints each file's size, and gzipped.
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** Builds the site (into `dist/` unless told) and answers each file's size, raw and gzipped, in bytes. */
export const buildPlayground = async ({
  quiet = false,
  locales = join(here, 'src/locales.ts'),
  out = join(here, 'dist'),
}: {
  readonly quiet?: boolean;
  /** A module whose `EXTRA_LOCALES` the page speaks besides English and Swedish. */
  readonly locales?: string;
  /** Where the site is written. */
  readonly out?: string;
} = {}): Promise<{ file: string; bytes: number; gzipped: number }[]> => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(here, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    tsconfig: join(here, 'tsconfig.json'),
    alias: { 'playground-locales': locales },
    outfile: join(out, 'app.js'),
    logLevel: quiet ? 'silent' : 'warning',
  });
  for (const file of ['index.html', 'style.css', 'sw.js']) copyFileSync(join(here, file), join(out, file));
  const sizes = ['index.html', 'style.css', 'sw.js', 'app.js'].map((file) => {
    const bytes = readFileSync(join(out, file));
    return { file, bytes: statSync(join(out, file)).size, gzipped: gzipSync(bytes, { level: 9 }).length };
  });
  writeFileSync(join(out, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  if (!quiet)
    for (const { file, bytes, gzipped } of sizes)
      console.log(
        `${file.padEnd(12)} ${(bytes / 1024).toFixed(1).padStart(7)} kB  ${(gzipped / 1024).toFixed(1).padStart(6)} kB gzipped`,
      );
  return sizes;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildPlayground();
