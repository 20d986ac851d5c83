import { fc, it } from '@fast-check/vitest';
import { ok } from 'neverthrow';
import { describe, expect } from 'vitest';

import {
  accountShape,
  agreementShape,
  type Fields,
  findAccount,
  findProperty,
  type InvalidInput,
  invitationShape,
  makeAccount,
  makeAgreement,
  makeInvitation,
  makeInvitee,
  makeProperty,
  propertyShape,
  worldFrom,
} from '../../src/index';
import { trustedAs } from '../../src/validation/trust';
import { inviteeShape } from '../../src/values/requests';
import { agreement, linked, primary, user } from '../fixtures';
import { ACTIONS, callUntyped } from './actions';

// Checked once, trusted after: a record the library made is taken as it is, anything else is
// checked in full. Both paths must give the same answers, and neither may let through what the
// full check refuses.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const frozenThroughout = (value: unknown): boolean =>
  typeof value !== 'object' ||
  value === null ||
  (Object.isFrozen(value) && Object.values(value).every((part) => frozenThroughout(part)));

const MAKERS = [makeAccount, makeInvitation, makeProperty, makeAgreement] as const;

/** `request` with every record in it (a field, or an item of a list field) made by its constructor. */
const withTrustedRecords = (request: unknown): { readonly request: unknown; readonly made: number } => {
  if (!isRecord(request)) return { request, made: 0 };
  let made = 0;
  const make = (value: unknown, key?: string): unknown => {
    if (!isRecord(value)) return value;
    // An invitee is made where it is one: other objects have its fields and more.
    for (const maker of key === 'invitee' ? [makeInvitee] : MAKERS) {
      const result = maker(value);
      if (result.isOk()) {
        made += 1;
        return result.value;
      }
    }
    return value;
  };
  const copy = Object.fromEntries(
    Object.entries(request).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.map((item) => make(item)) : make(value, key),
    ]),
  );
  return { request: copy, made };
};

const MAKER_OF = new Map<Fields, (input: unknown) => unknown>([
  [accountShape.cases.primary, makeAccount],
  [accountShape.cases.non_primary, makeAccount],
  [invitationShape.fields, makeInvitation],
  [propertyShape.fields, makeProperty],
  [agreementShape.fields, makeAgreement],
  [inviteeShape.fields, makeInvitee],
]);

/** Every trusted record of the four kinds in `value`, however deep. */
const trustedRecordsIn = (value: unknown, found: [Fields, object][] = []): [Fields, object][] => {
  if (typeof value !== 'object' || value === null) return found;
  const fields = trustedAs(value);
  if (fields !== undefined && MAKER_OF.has(fields)) found.push([fields, value]);
  for (const item of Object.values(value)) trustedRecordsIn(item, found);
  return found;
};

/** Every path to a primitive in a plain request, lists' items included. */
const leafPaths = (value: unknown, path: (string | number)[] = []): (string | number)[][] => {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (isRecord(value)) return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  return path.length === 0 ? [] : [path];
};

const replaced = (value: unknown, path: readonly (string | number)[], by: unknown): unknown => {
  const [head, ...rest] = path;
  if (head === undefined) return by;
  if (Array.isArray(value))
    return value.map((item: unknown, index) => (index === head ? replaced(item, rest, by) : item));
  if (isRecord(value)) return { ...value, [head]: replaced(value[head], rest, by) };
  return value;
};

describe.each(ACTIONS)('$name, checked once', ({ requests, can, act }) => {
  it.prop([requests])('answers alike for made records and for object literals of the same fields', (request) => {
    const trusted = withTrustedRecords(request);
    expect(callUntyped(can, trusted.request)).toStrictEqual(callUntyped(can, request));
    expect(callUntyped(act, trusted.request)).toStrictEqual(callUntyped(act, request));
  });

  it('meets made records in most generated requests, so the test above is not vacuous', () => {
    const made = fc.sample(requests, { numRuns: 50, seed: 3 }).map((request) => withTrustedRecords(request).made);
    expect(made.filter((count) => count > 0).length).toBeGreaterThan(40);
  });

  it.prop([requests])('hands back records that the full check accepts as they are', (request) => {
    const result = callUntyped(act, request);
    fc.pre(result.isOk());
    for (const [fields, record] of trustedRecordsIn(result)) {
      // Frozen all the way down: the record builders freeze each part themselves.
      expect(frozenThroughout(record)).toBe(true);
      // A plain copy of the record has no trust: the full check reads it and must agree.
      const plain = structuredClone(record);
      expect(trustedAs(plain)).toBeUndefined();
      expect(MAKER_OF.get(fields)?.(plain)).toStrictEqual(ok(record));
    }
  });

  it.prop([requests, fc.nat()])(
    'checks every field of an object literal, read or not: a wrong one anywhere is invalid_input at its path',
    (request, pick) => {
      const paths = leafPaths(request);
      fc.pre(paths.length > 0);
      const path = paths[pick % paths.length] ?? [];
      const result = callUntyped(act, replaced(request, path, { wrong: true }));
      expect(result.isErr()).toBe(true);
      const error = result._unsafeUnwrapErr() as InvalidInput;
      expect(error.code).toBe('invalid_input');
      // At the wrong value, or at the value it is part of (a list of rights is one value).
      const along = (a: readonly unknown[], b: readonly unknown[]) => a.every((key, index) => b[index] === key);
      const at = error.issues.filter(({ path: found }) => along(path, found) || along(found, path));
      const depth = typeof path.at(-1) === 'number' ? path.length - 1 : path.length;
      expect(
        at.some(({ path: found }) => found.length >= depth),
        `${JSON.stringify(path)} ${JSON.stringify(error)}`,
      ).toBe(true);
    },
  );
});

describe('records the world hands out', () => {
  it('are trusted, so a decision given them does not check them again', () => {
    const world = worldFrom({
      agreements: [agreement(1)],
      properties: [linked('h1', 1)],
      accounts: [primary('anna', 1), user('bo', ['h1'], 'reservations')],
      invitations: [],
    })._unsafeUnwrap();
    const anna = findAccount(world, primary('anna', 1).id);
    const hotel = findProperty(world, linked('h1', 1).id);
    expect(trustedAs(anna)).toBe(accountShape.cases.primary);
    expect(trustedAs(hotel)).toBe(propertyShape.fields);
    // An equal object literal is not: only the library's own records are.
    expect(trustedAs(primary('anna', 1))).toBeUndefined();
    expect(trustedAs(JSON.parse(JSON.stringify(anna)))).toBeUndefined();
  });

  it('stay trusted only as themselves: copies and proxies of them are checked again', () => {
    const anna = makeAccount(primary('anna', 1))._unsafeUnwrap();
    expect(trustedAs(anna)).toBe(accountShape.cases.primary);
    expect(trustedAs({ ...anna })).toBeUndefined();
    expect(trustedAs(structuredClone(anna))).toBeUndefined();
    expect(trustedAs(Object.create(anna))).toBeUndefined();
    // A proxy of a trusted record has none of its private stamp: its fields are read again and
    // it is copied, where the record itself is taken as it is.
    const read: PropertyKey[] = [];
    const watched = new Proxy(anna, {
      get: (target, key) => {
        read.push(key);
        return Reflect.get(target, key) as unknown;
      },
    });
    expect(trustedAs(watched)).toBeUndefined();
    expect(makeAccount(anna)._unsafeUnwrap()).toBe(anna);
    const copy = makeAccount(watched)._unsafeUnwrap();
    expect(copy).not.toBe(anna);
    expect(copy).toEqual(anna);
    expect(read).toEqual(expect.arrayContaining(['kind', 'id', 'login', 'email', 'name', 'agreement']));
  });
});
