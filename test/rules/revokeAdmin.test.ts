import { err } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { ALL_AREAS, canRevokeAdmin, FULL_ADMIN, revokeAdmin } from '../../src/index';
import { linked, primary, user } from '../fixtures';

const owner = primary('owner', 1);
const h1 = linked('h1', 1);
const h2 = linked('h2', 1);
const clerk = user('clerk', ['h1', 'h2'], 'reservations');

describe('revokeAdmin', () => {
  it('CX-3: an admin takes admin back; every area stays, managing users goes', () => {
    const manager = user('manager', ['h1'], 'admin');
    expect(revokeAdmin({ actor: owner, target: manager, property: h1, reached: [h1] })._unsafeUnwrap()).toMatchObject({
      rules: ['CX-3', 'CX-1', 'CX-2'],
      account: { rights: ALL_AREAS },
      previous: FULL_ADMIN,
    });
  });

  it('PA-7: nobody can take admin from a primary account', () => {
    expect(revokeAdmin({ actor: owner, target: owner, property: h1, reached: [h1] })._unsafeUnwrapErr()).toMatchObject({
      code: 'primary_admin_rights_locked',
      rules: ['PA-7', 'CX-3'],
    });
  });

  it('CX-3: taking admin from an account without it is refused', () => {
    expect(canRevokeAdmin({ actor: owner, target: clerk, property: h1, reached: [h1, h2] })).toStrictEqual(
      err({ code: 'not_admin', rules: ['LIB-1', 'CX-3'], facts: { account: clerk.id }, remedies: [] }),
    );
  });

  it('CX-1: a non-admin cannot take admin from anyone', () => {
    const manager = user('manager', ['h1'], 'admin');
    expect(canRevokeAdmin({ actor: clerk, target: manager, property: h1, reached: [h1] })._unsafeUnwrapErr().code).toBe(
      'actor_not_admin',
    );
  });
});
