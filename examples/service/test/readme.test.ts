import { readFileSync } from 'node:fs';

import { expect, it } from 'vitest';

// The README counts the service's glue file by file; the count must be the files' own.

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

// Lines of code: not blank, not a line comment, not a line of a block comment.
const linesOfCode = (source: string): number =>
  source.split('\n').filter((line) => !/^\s*(?:$|\/\/|\/?\*)/u.test(line)).length;

it('counts the glue in the README as the files have it', () => {
  const rows = [...read('README.md').matchAll(/^\| `(src\/[\w.]+\.ts)` \| [^|]+ \| (\d+) \|$/gmu)];
  expect(rows.map(([, file]) => file)).toEqual([
    'src/service.ts',
    'src/main.ts',
    'src/problems.ts',
    'src/openapi.ts',
    'src/token.ts',
  ]);
  for (const [, file = '', count] of rows)
    expect({ file, lines: linesOfCode(read(file)) }).toEqual({ file, lines: Number(count) });
});

it('counts what a line of code is', () => {
  expect(
    linesOfCode(['// a comment', '', '/**', ' * a doc', ' */', 'const a = 1; // trailing', '  return a;'].join('\n')),
  ).toBe(2);
});
