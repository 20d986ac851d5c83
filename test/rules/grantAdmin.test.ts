import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { canGrantAdmin, FULL_ADMIN, grantAdmin } from '../../src/index';
import { linked, primary, rights, user } from '../fixtures';

const owner = primary('owner', 1);
const h1 = linked('h1', 1);
const h2 = linked('h2', 1);
const clerk = user('clerk', ['h1', 'h2'], 'reservations');

describe('grantAdmin', () => {
  it('CX-3: an admin grants admin to a non-primary account that reaches the property', () => {
    expect(grantAdmin({ actor: owner, target: clerk, property: h1, reached: [h1, h2] })._unsafeUnwrap()).toMatchObject({
      rules: ['CX-3', 'CX-1', 'CX-2'],
      account: { rights: FULL_ADMIN },
      previous: rights('reservations'),
    });
  });

  it('CX-3: a non-primary admin may grant admin as well', () => {
    const manager = user('manager', ['h1', 'h2'], 'admin');
    expect(canGrantAdmin({ actor: manager, target: clerk, property: h1, reached: [h1, h2] })).toStrictEqual(
      ok({ rules: ['CX-3', 'CX-1', 'CX-2'] }),
    );
  });

  it('CX-3, PA-7: the primary account already is admin, always', () => {
    expect(canGrantAdmin({ actor: owner, target: owner, property: h1, reached: [h1] })).toStrictEqual(
      err({ code: 'already_admin', rules: ['LIB-1', 'CX-3', 'PA-7'], facts: { account: owner.id }, remedies: [] }),
    );
  });

  it('CX-3: granting admin to an admin is refused', () => {
    const manager = user('manager', ['h1'], 'admin');
    expect(
      canGrantAdmin({ actor: owner, target: manager, property: h1, reached: [h1] })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'already_admin',
      rules: ['LIB-1', 'CX-3'],
    });
  });

  it('CX-1: who is no admin of the property is told only that, not whether the target is admin already', () => {
    const stranger = user('stranger', ['h2'], 'admin');
    const manager = user('manager', ['h1'], 'admin');
    const refusal = canGrantAdmin({ actor: stranger, target: clerk, property: h1, reached: [h1, h2] });
    expect(refusal._unsafeUnwrapErr().code).toBe('actor_not_admin');
    for (const target of [owner, manager])
      expect(canGrantAdmin({ actor: stranger, target, property: h1, reached: [h1] })).toStrictEqual(refusal);
  });
});
