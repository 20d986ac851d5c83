import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

import results from '../../eslint/results.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the must-use-result rule as the project extends it', () => {
  it(
    'reports a Result left unread, and accepts match, isErr/isOk narrowing and yield* in safeTry',
    { timeout: 60_000 },
    async () => {
      const eslint = new ESLint({
        cwd: root,
        overrideConfigFile: true,
        overrideConfig: [
          {
            files: ['test/tooling/fixtures/*.ts'],
            languageOptions: {
              parser: tseslint.parser,
              parserOptions: { projectService: true, tsconfigRootDir: root },
            },
            plugins: { results },
            rules: { 'results/must-use-result': 'error' },
          },
        ],
      });
      const [result] = await eslint.lintFiles(['test/tooling/fixtures/results.ts']);
      const lines = (result?.messages ?? []).map((message) => `${message.line}: ${message.ruleId ?? message.message}`);
      expect(lines).toStrictEqual(['8: results/must-use-result', '9: results/must-use-result']);
    },
  );
});
