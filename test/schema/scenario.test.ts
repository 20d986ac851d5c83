import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseScenario, scenarioSchema } from '../../src/schema/index';

// A scenario file is read two ways: by the core (`parseScenario`) and by zod (`scenarioSchema`),
// for programs that compose it. Both must accept the same files into the same scenario, and
// refuse the same broken ones.

const folder = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as Record<string, unknown>;

// Each file broken in one place: a part left out, emptied or of the wrong kind.
const broken = (file: Record<string, unknown>): readonly unknown[] => {
  const [first] = Array.isArray(file['steps']) ? (file['steps'] as Record<string, unknown>[]) : [];
  const step = (change: Record<string, unknown>) => ({ ...file, steps: [{ ...first, ...change }] });
  return [
    { ...file, title: '' },
    { ...file, title: { en: 'only English' } },
    { ...file, steps: [] },
    { ...file, stray: true },
    { ...file, world: { ...(file['world'] as object), agreements: 'none' } },
    step({ at: 'yesterday' }),
    step({ expect: { outcome: 'rejected', code: 'no_such_code' } }),
    step({ expect: { outcome: 'maybe' } }),
    step({ actor: { kind: 'robot' } }),
    step({ title: 42 }),
  ];
};

describe.each(files)('scenarios/%s, read by the core and by zod', (name) => {
  const file = read(name);

  it('comes to the same scenario', () => {
    const core = parseScenario(file);
    expect(core.isOk()).toBe(true);
    expect(scenarioSchema.parse(file)).toStrictEqual(core._unsafeUnwrap());
  });

  it.each(broken(file).map((input, index) => [index, input] as const))('broken #%i: both refuse it', (_, input) => {
    expect(parseScenario(input).isErr()).toBe(true);
    expect(scenarioSchema.safeParse(input).success).toBe(false);
  });
});
