import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';

import layers, { LAYERS } from '../../eslint/layers.js';

// The lint rules that hold the layers of docs/architecture.md, tried on a small src/ of their own.
const root = mkdtempSync(join(tmpdir(), 'par-layers-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

const lint = async () => {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['src/**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { layers },
        rules: { 'layers/direction': 'error', 'layers/no-cycle': 'error' },
      },
    ],
  });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  return results
    .flatMap((result) =>
      result.messages.map((message) => `${result.filePath.slice(root.length + 1)}: ${message.ruleId ?? ''}`),
    )
    .sort();
};

describe('the layer rules', () => {
  it('refuse an import from a higher layer and a cycle of type-only imports, and pass the imports that go down', async () => {
    write('src/values/id.ts', "import type { Rule } from '../rules/rule';\nexport type Id = string | Rule;\n");
    write('src/rules/rule.ts', "import type { Id } from '../values/id';\nexport type Rule = { id: Id };\n");
    write('src/rules/other.ts', "import type { Rule } from './rule';\nexport type Other = Rule;\n");
    write('src/cli/cli.ts', "import type { Rule } from 'partner-account-rules';\nexport type Cli = Rule;\n");
    write('src/index.ts', "export type { Rule } from './rules/rule';\n");
    expect(await lint()).toStrictEqual([
      'src/rules/rule.ts: layers/no-cycle',
      'src/values/id.ts: layers/direction',
      'src/values/id.ts: layers/no-cycle',
    ]);
  });
});

describe('docs/architecture.md', () => {
  it('draws the layers the lint rules hold, and every folder of src/ is one of them', () => {
    const doc = readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8');
    expect(doc).toContain(`<!-- layers: ${LAYERS.join(' → ')} -->`);
    const drawn = [...doc.matchAll(/^ (\w+)(?:\/|\.ts) /gm)].map((match) => match[1]);
    expect(drawn).toStrictEqual([...LAYERS].reverse());
    const folders = readdirSync(new URL('../../src', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((folder) => !LAYERS.includes(folder))).toStrictEqual([]);
  });
});
