import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import {
  accountId,
  canCreateUser,
  createUser,
  type CreateUserRequest,
  displayName,
  email,
  loginName,
} from '../../src/index';
import { linked, pid, primary, rights, user } from '../fixtures';

const owner = primary('owner', 1);
const hotel = linked('h1', 1);
const newUser = {
  id: accountId('acc-new')._unsafeUnwrap(),
  login: loginName('Front.Desk')._unsafeUnwrap(),
  email: email('owner@example.com')._unsafeUnwrap(),
  name: displayName('Front desk')._unsafeUnwrap(),
  rights: rights('reservations', 'inbox'),
};
const request = (overrides: Partial<CreateUserRequest>): CreateUserRequest => ({
  actor: owner,
  property: hotel,
  user: newUser,
  loginHolder: null,
  ...overrides,
});

describe('createUser', () => {
  it('PA-12: an admin creates a new non-primary account with its own login and the property in it', () => {
    expect(createUser(request({}))).toStrictEqual(
      ok({
        rules: ['PA-12', 'PA-13', 'CX-1'],
        account: { kind: 'non_primary', ...newUser, properties: [pid('h1')] },
      }),
    );
  });

  it('CX-4: the new account may share its email with the creator: only logins are unique', () => {
    expect(createUser(request({}))._unsafeUnwrap().account.email).toBe(owner.email);
  });

  it("PA-12: the new account needs login details other than the creator's", () => {
    expect(createUser(request({ user: { ...newUser, login: loginName('OWNER')._unsafeUnwrap() } }))).toStrictEqual(
      err({
        code: 'login_same_as_creator',
        rules: ['PA-12'],
        facts: { login: 'owner', creator: owner.id },
        remedies: [{ kind: 'choose_another_login', rule: 'CX-4' }],
      }),
    );
  });

  it('CX-4: a login another account already has is refused, naming the holder', () => {
    const holder = accountId('someone')._unsafeUnwrap();
    expect(createUser(request({ loginHolder: holder }))).toStrictEqual(
      err({
        code: 'login_taken',
        rules: ['CX-4'],
        facts: { login: newUser.login, holder },
        remedies: [{ kind: 'choose_another_login', rule: 'CX-4' }],
      }),
    );
  });

  it('CX-1: an account that is not an admin of the property cannot create users for it', () => {
    const clerk = user('clerk', ['h1'], 'reservations');
    expect(canCreateUser(request({ actor: clerk }))).toStrictEqual(
      err({
        code: 'actor_not_admin',
        rules: ['CX-1'],
        facts: { actor: { kind: 'non_primary', id: clerk.id }, property: pid('h1') },
        remedies: [{ kind: 'ask_property_admin', rule: 'CX-1', property: pid('h1') }],
      }),
    );
  });

  it('CX-1: a non-primary admin of the property may create users for it', () => {
    expect(canCreateUser(request({ actor: user('manager', ['h1'], 'admin') }))).toStrictEqual(
      ok({ rules: ['PA-12', 'PA-13', 'CX-1'] }),
    );
  });

  it('LIB-2: a new account without any access rights is refused', () => {
    expect(createUser(request({ user: { ...newUser, rights: rights() } }))._unsafeUnwrapErr()).toMatchObject({
      code: 'no_access_rights_chosen',
      rules: ['LIB-2'],
    });
  });
});
