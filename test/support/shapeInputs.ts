import fc from 'fast-check';

import { INVALID } from '../../src/validation/check';
import { LEAF_CHECKS } from '../../src/validation/values';
import type { LeafName, Shape } from '../../src/values/shape';

// Inputs for each leaf, right and wrong, in the forms JSON brings them: the core's check takes
// a value in its stored form only (a number for a moment, a login in its compared form); the zod
// boundary also takes the JSON forms (an ISO timestamp, a login in capitals) and stores them.
// `valid` are values the boundary accepts; `invalid` it refuses.
const JSON_INPUTS: { readonly [Name in LeafName]: { readonly valid: unknown[]; readonly invalid: unknown[] } } = {
  leid: { valid: [1, 42, 2 ** 31], invalid: [0, -1, 1.5, '1', null] },
  propertyId: { valid: ['h1', 'hotel-42', 'x'.repeat(128)], invalid: ['', ' ', 'a\u0000b', 'x'.repeat(129), 7] },
  accountId: { valid: ['a1', 'anna'], invalid: ['', 'a\u202eb', {}] },
  invitationId: { valid: ['i1', 'inv-7'], invalid: ['', 'x'.repeat(200), false] },
  login: {
    valid: ['anna', 'Anna', '\uff21nna', 'bo.ek', 'a'.repeat(64)],
    invalid: ['an\u200bna', '', 'a'.repeat(65), 3],
  },
  email: { valid: ['a@b.se', 'Anna@Hotel.SE'], invalid: ['no-at', '', 'a@', 'a\u202e@b.se', null] },
  displayName: { valid: ['Anna', 'Bo Ek', '\u00c5sa \u00d6berg'], invalid: ['', ' ', 'a\u0007', 'x'.repeat(300), []] },
  instant: {
    valid: [0, 1_700_000_000_000, '2026-11-22T10:00:00Z', '2026-11-22T10:00:00.5+01:00'],
    invalid: ['2026-11-22', 'yesterday', -1, 1.5, 8.64e15 + 1],
  },
  rights: {
    valid: [['admin'], ['reservations'], []],
    invalid: [['reservations', 'reservations'], ['nope'], 'admin', [null]],
  },
  boolean: { valid: [true, false], invalid: ['true', 0] },
};

// The same inputs in the forms the core's check takes, with a few more it takes: its valid pool
// is what LEAF_CHECKS accepts of them, and the rest is its invalid pool.
const CORE_EXTRA: { readonly [Name in LeafName]?: readonly unknown[] } = {
  login: ['anna', 'bo.ek'],
  email: ['a@b.se', 'anna@hotel.se'],
  instant: [0, 1_700_000_000_000],
};
const CORE_INPUTS = Object.fromEntries(
  Object.entries(JSON_INPUTS).map(([name, { valid, invalid }]) => {
    const all = [...valid, ...invalid, ...(CORE_EXTRA[name as LeafName] ?? [])];
    const accepts = (value: unknown): boolean => LEAF_CHECKS[name as LeafName](value, []) !== INVALID;
    return [name, { valid: all.filter(accepts), invalid: all.filter((value) => !accepts(value)) }];
  }),
) as typeof JSON_INPUTS;

/**
 * A value for `shape`, its leaves in the forms JSON brings them or in the core's stored forms.
 * Valid only: every leaf from its valid pool, every field there. Mixed: now and then a wrong
 * leaf, a field left out, a wrong tag or an unknown string.
 */
export const inputOf = (shape: Shape, mixed: boolean, form: 'json' | 'core' = 'json'): fc.Arbitrary<unknown> => {
  const LEAF_INPUTS = form === 'json' ? JSON_INPUTS : CORE_INPUTS;
  switch (shape.type) {
    case 'leaf': {
      const { valid, invalid } = LEAF_INPUTS[shape.name];
      const right = fc.constantFrom(...valid);
      return mixed ? fc.oneof({ weight: 6, arbitrary: right }, fc.constantFrom(...invalid)) : right;
    }
    case 'literal': {
      const right = fc.constantFrom(...shape.values);
      return mixed ? fc.oneof({ weight: 9, arbitrary: right }, fc.constant('other')) : right;
    }
    case 'object':
      return objectOf(shape.fields, mixed, form);
    case 'variant': {
      const cases = Object.entries(shape.cases).map(([tag, fields]) =>
        objectOf(fields, mixed, form).map((rest) => ({ [shape.key]: tag, ...rest })),
      );
      return mixed ? fc.oneof(...cases, fc.constant({ [shape.key]: 'unknown' })) : fc.oneof(...cases);
    }
    case 'list':
      return fc.array(inputOf(shape.item, mixed, form), { maxLength: 3 });
    case 'optional':
      return inputOf(shape.item, mixed, form);
    case 'nullable':
      return fc.oneof({ weight: 3, arbitrary: inputOf(shape.item, mixed, form) }, fc.constant(null));
  }
};

const objectOf = (
  fields: Readonly<Record<string, Shape>>,
  mixed: boolean,
  form: 'json' | 'core',
): fc.Arbitrary<Record<string, unknown>> => {
  const arbitraries = Object.fromEntries(
    Object.entries(fields).map(([field, shape]) => [field, inputOf(shape, mixed, form)]),
  );
  // An optional field is there or left out, either way valid.
  const requiredKeys = Object.entries(fields).flatMap(([field, shape]) => (shape.type === 'optional' ? [] : [field]));
  if (!mixed) return fc.record(arbitraries, { requiredKeys });
  return fc.oneof({ weight: 9, arbitrary: fc.record(arbitraries) }, fc.record(arbitraries, { requiredKeys: [] }));
};
