import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { addUser, type AddUserRequest, canAddUser, email, loginName } from '../../src/index';
import { linked, pid, primary, rights, user } from '../fixtures';

const owner = primary('owner', 1);
const hotel = linked('h1', 1);
const outsider = user('outsider', ['h9'], 'reservations', 'finance');
const request = (overrides: Partial<AddUserRequest>): AddUserRequest => ({
  actor: owner,
  property: hotel,
  username: loginName('Outsider')._unsafeUnwrap(),
  email: email('OUTSIDER@example.com')._unsafeUnwrap(),
  accountWithUsername: outsider,
  ...overrides,
});

// PA-15: whoever cannot be added by username and email may be invited by email instead.
const inviteInstead = (address = request({}).email) => [
  { kind: 'invite_instead', rule: 'PA-15', property: request({}).property.id, email: address },
];

describe('addUser', () => {
  it('PA-13, PA-14: an existing non-primary user from outside the agreement is added; the admin reviews its rights', () => {
    expect(addUser(request({}))).toStrictEqual(
      ok({
        rules: ['PA-14', 'PA-13', 'CX-1'],
        account: { ...outsider, properties: [pid('h9'), pid('h1')] },
        property: pid('h1'),
        rightsToReview: rights('reservations', 'finance'),
      }),
    );
  });

  it('PA-14: a username that identifies nobody is refused', () => {
    expect(addUser(request({ accountWithUsername: null }))).toStrictEqual(
      err({ code: 'user_not_found', rules: ['PA-14'], facts: { username: 'outsider' }, remedies: inviteInstead() }),
    );
  });

  it('PA-14: a looked-up account with another login does not count as found', () => {
    expect(addUser(request({ accountWithUsername: user('somebody', []) }))._unsafeUnwrapErr().code).toBe(
      'user_not_found',
    );
  });

  it('PA-14: username and email must belong to the same account', () => {
    const wrong = email('someone.else@example.com')._unsafeUnwrap();
    expect(addUser(request({ email: wrong }))).toStrictEqual(
      err({
        code: 'username_email_mismatch',
        rules: ['PA-14'],
        facts: { username: 'outsider', email: wrong },
        remedies: inviteInstead(wrong),
      }),
    );
  });

  it('PA-14: a primary account cannot be added as an existing user; the remedy is an invitation (PA-15)', () => {
    const other = primary('otherowner', 2);
    const result = addUser(request({ username: other.login, email: other.email, accountWithUsername: other }));
    expect(result).toStrictEqual(
      err({
        code: 'user_is_primary_account',
        rules: ['PA-14', 'PA-15'],
        facts: { account: other.id, property: pid('h1') },
        remedies: [{ kind: 'invite_instead', rule: 'PA-15', property: pid('h1'), email: other.email }],
      }),
    );
  });

  it('PA-14: a user who already has access is not added again', () => {
    const insider = user('outsider', ['h1'], 'inbox');
    expect(addUser(request({ accountWithUsername: insider }))).toStrictEqual(
      err({
        code: 'user_already_has_access',
        rules: ['PA-14'],
        facts: { account: insider.id, property: pid('h1') },
        remedies: [],
      }),
    );
  });

  it('CX-1: only an admin of the property may add users to it', () => {
    const clerk = user('clerk', ['h1'], 'reservations', 'rates_and_availability');
    expect(canAddUser(request({ actor: clerk }))._unsafeUnwrapErr().code).toBe('actor_not_admin');
    expect(canAddUser(request({ actor: primary('stranger', 2) }))._unsafeUnwrapErr().code).toBe('actor_not_admin');
  });

  it('CX-1: a non-primary admin of the property may add users to it', () => {
    expect(canAddUser(request({ actor: user('manager', ['h1'], 'admin') }))).toStrictEqual(
      ok({ rules: ['PA-14', 'PA-13', 'CX-1'] }),
    );
  });
});
