import { readdirSync, readFileSync } from 'node:fs';

import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';

// The JSON Schema files are for validators in other languages; here a JSON Schema validator
// that knows nothing of zod reads them, as such a backend would.
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const scenario = ajv.compile(read('../../schemas/scenario.schema.json') as object);
const command = ajv.compile(read('../../schemas/command.schema.json') as object);
const files = readdirSync(new URL('../../scenarios/', import.meta.url)).filter((name) => name.endsWith('.json'));

describe('schemas/*.schema.json, read by a plain JSON Schema validator', () => {
  it.each(files)('accept scenarios/%s', (file) => {
    expect(scenario(read(`../../scenarios/${file}`))).toBe(true);
  });

  it('refuse a misspelt field, a wrong type and an unknown action, as the zod boundary does', () => {
    const valid = {
      action: 'terminate_agreement',
      actor: { kind: 'platform' },
      now: '2026-11-22T10:00:00Z',
      agreement: 1,
    };
    expect(command(valid)).toBe(true);
    expect(command({ ...valid, agreemnt: 1 })).toBe(false);
    expect(command({ ...valid, agreement: '1' })).toBe(false);
    expect(command({ ...valid, action: 'delete_all' })).toBe(false);
    expect(command({ ...valid, now: true })).toBe(false);
  });
});
