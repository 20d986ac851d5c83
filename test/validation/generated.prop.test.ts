import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { renderChecks } from '../../scripts/checks';
import { makeAccount, makeAgreement, makeInvitation, makeProperty } from '../../src/index';
import { type Check, parserOf } from '../../src/validation/check';
import * as generated from '../../src/validation/generated';
import { checkOf, type LeafChecks } from '../../src/validation/shapes';
import { LEAF_CHECKS } from '../../src/validation/values';
import { accountShape, actorShape, nonPrimaryShape, primaryShape } from '../../src/values/account';
import { agreementShape } from '../../src/values/agreement';
import { invitationShape } from '../../src/values/invitation';
import { originShape, propertyShape } from '../../src/values/property';
import { REQUEST_SHAPES } from '../../src/values/requests';
import type { Shape } from '../../src/values/shape';
import { ACTIONS } from '../properties/actions';
import { inputOf } from '../support/shapeInputs';

// The checks in src/validation/generated.ts are written by scripts/checks.ts from the shapes.
// Here they meet the interpreted checks of the same shapes (validation/shapes.ts) on valid
// requests, on records the library made, and on the same values corrupted anywhere: both must
// answer alike, the issues and their paths included.

const RECORD_CHECKS: readonly (readonly [string, Shape, Check<unknown>])[] = [
  ['agreement', agreementShape, generated.isAgreement],
  ['property', propertyShape, generated.isProperty],
  ['origin', originShape, generated.isOrigin],
  ['account', accountShape, generated.isAccount],
  ['primary account', primaryShape, generated.isPrimary],
  ['non-primary account', nonPrimaryShape, generated.isNonPrimary],
  ['actor', actorShape, generated.isActor],
  ['invitation', invitationShape, generated.isInvitation],
];

// The action whose generated requests are valid ones of each shape; GrantPrimaryAccountRequest
// has none, and gets values built from its shape.
const ACTION_OF: { readonly [name: string]: string } = {
  AddPropertyRequest: 'addProperty',
  PrimaryAccountRequest: 'requestPrimaryAccount',
  CreateUserRequest: 'createUser',
  AddUserRequest: 'addUser',
  InviteRequest: 'invite',
  AcceptInvitationRequest: 'acceptInvitation',
  RevokeInvitationRequest: 'revokeInvitation',
  RemovePropertyRequest: 'removeProperty',
  RightsChangeRequest: 'grantAdmin',
  SetAccessRightsRequest: 'setAccessRights',
  MovePropertyRequest: 'recontractProperty',
  ChangeOwnershipRequest: 'changeOwnership',
  TerminateAgreementRequest: 'terminateAgreement',
};
const validOf = (name: string): fc.Arbitrary<unknown> | undefined =>
  ACTIONS.find((action) => action.name === ACTION_OF[name])?.requests;

const MAKERS = [makeAgreement, makeProperty, makeAccount, makeInvitation];

// Now and then a record the library made in place of a literal: taken by its stamp, or refused
// by a check of another record's shape.
const withMade = (value: unknown, pick: readonly boolean[]): unknown => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([field, part]: [string, unknown], index) => {
      if (pick[index % pick.length] !== true) return [field, part];
      const made = MAKERS.map((make) => make(part)).find((answer) => answer.isOk());
      return [field, made === undefined ? part : made.value];
    }),
  );
};

const JUNK: readonly unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  '',
  'x',
  '\u200b',
  true,
  {},
  [],
  { kind: 'other' },
  [null],
];

// The value with one part, found by following `steps`, replaced by junk, left out, or joined by
// a field no shape names; the parts on the way are copies, so no record keeps its stamp there.
const corrupted = (value: unknown, steps: readonly number[], junk: unknown, how: number): unknown => {
  if (typeof value !== 'object' || value === null) return junk;
  const [step = 0, ...rest] = steps;
  if (Array.isArray(value)) {
    if (value.length === 0 || rest.length === 0) return how === 0 ? junk : [...(value as unknown[]), junk];
    const at = step % value.length;
    return value.map((item: unknown, index) => (index === at ? corrupted(item, rest, junk, how) : item));
  }
  const entries: [string, unknown][] = Object.entries(value);
  if (entries.length === 0) return { ...value, stray: junk };
  const [key = '', part] = entries[step % entries.length] ?? [];
  if (rest.length > 0 && typeof part === 'object' && part !== null)
    return { ...value, [key]: corrupted(part, rest, junk, how) };
  if (how === 0) return { ...value, [key]: junk };
  if (how === 1) return Object.fromEntries(entries.filter(([field]) => field !== key));
  return { ...value, [key]: junk, stray: junk };
};

const variants = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    valid,
    fc
      .tuple(valid, fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }))
      .map(([value, pick]) => withMade(value, pick)),
    fc
      .tuple(
        valid,
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...JUNK),
        fc.nat({ max: 2 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
      )
      .map(([value, steps, junk, how, pick]) => corrupted(withMade(value, pick), steps, junk, how)),
    fc.constantFrom(...JUNK),
  );

const agree = (shape: Shape, check: Check<unknown>, inputs: fc.Arbitrary<unknown>): void => {
  const interpreted = parserOf(
    (checkOf as unknown as (shape: Shape, leaves: LeafChecks) => Check<unknown>)(shape, LEAF_CHECKS),
  );
  const compiled = parserOf(check);
  let accepted = 0;
  let refused = 0;
  fc.assert(
    fc.property(inputs, (input) => {
      const expected = interpreted(input);
      const answer = compiled(input);
      expect(answer).toStrictEqual(expected);
      if (expected.isOk()) accepted += 1;
      else refused += 1;
    }),
  );
  // Neither side of the agreement is vacuous.
  expect(accepted).toBeGreaterThan(0);
  expect(refused).toBeGreaterThan(0);
};

describe('the generated checks answer as the interpreted ones', () => {
  it.each(RECORD_CHECKS)('%s', (_, shape, check) => {
    agree(shape, check, variants(inputOf(shape, false, 'core')));
  });

  it.each(Object.entries(REQUEST_SHAPES as Readonly<Record<string, Shape>>))('%s', (name, shape) => {
    const check = (generated as Record<string, unknown>)[`check${name}`] as Check<unknown>;
    const valid = validOf(name) ?? inputOf(shape, false, 'core');
    agree(shape, check, variants(fc.oneof(valid, inputOf(shape, true, 'core'))));
  });

  it('take a record the library made as it is, and refuse it as a record of another shape', () => {
    const property = makeProperty({ id: 'hotel-1', link: { kind: 'none' } })._unsafeUnwrap();
    expect(parserOf(generated.isProperty)(property)._unsafeUnwrap()).toBe(property);
    expect(parserOf(generated.isAgreement)(property).isErr()).toBe(true);
  });
});

describe.skipIf(process.env['MUTATION'] !== undefined)('src/validation/generated.ts', () => {
  it('is what `npm run checks` writes today', async () => {
    const file = readFileSync(new URL('../../src/validation/generated.ts', import.meta.url), 'utf8');
    expect(file).toBe(await renderChecks());
  });
});
