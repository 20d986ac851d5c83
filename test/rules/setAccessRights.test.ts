import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { canSetAccessRights, setAccessRights } from '../../src/index';
import { leid, linked, pid, primary, rights, user } from '../fixtures';

const owner = primary('owner', 1);
const h1 = linked('h1', 1);
const h2 = linked('h2', 1);
const foreign = linked('h9', 9);
const clerk = user('clerk', ['h1', 'h2'], 'reservations');

describe('setAccessRights', () => {
  it('CX-1, CX-2: an admin sets the rights of a non-primary account; they apply to every property it reaches', () => {
    expect(
      setAccessRights({ actor: owner, target: clerk, property: h1, reached: [h1, h2], rights: rights('finance') }),
    ).toStrictEqual(
      ok({
        rules: ['CX-1', 'CX-2'],
        account: { ...clerk, rights: rights('finance') },
        previous: rights('reservations'),
        affected: [pid('h1'), pid('h2')],
      }),
    );
  });

  it('LIB-1: rights the account holds already would change nothing, and are refused with what it holds', () => {
    const held = rights('finance', 'reservations');
    const both = user('both', ['h1', 'h2'], 'reservations', 'finance');
    expect(
      setAccessRights({ actor: owner, target: both, property: h1, reached: [h1, h2], rights: held }),
    ).toStrictEqual(
      err({
        code: 'access_rights_unchanged',
        rules: ['LIB-1', 'CX-2'],
        facts: { account: both.id, rights: held },
        remedies: [],
      }),
    );
    expect(
      canSetAccessRights({ actor: owner, target: both, property: h1, reached: [h1, h2], rights: held }),
    ).toStrictEqual(setAccessRights({ actor: owner, target: both, property: h1, reached: [h1, h2], rights: held }));
  });

  it('PA-7: the rights of a primary account can never be changed', () => {
    expect(
      setAccessRights({ actor: owner, target: owner, property: h1, reached: [h1], rights: rights('inbox') }),
    ).toStrictEqual(
      err({
        code: 'primary_admin_rights_locked',
        rules: ['PA-7', 'CX-3'],
        facts: { account: owner.id, agreement: leid(1) },
        remedies: [],
      }),
    );
  });

  it("PA-7: not even an admin of the same property can reduce the primary account's rights", () => {
    const manager = user('manager', ['h1'], 'admin');
    expect(
      canSetAccessRights({
        actor: manager,
        target: owner,
        property: h1,
        reached: [h1],
        rights: rights('inbox'),
      })._unsafeUnwrapErr().code,
    ).toBe('primary_admin_rights_locked');
  });

  it('CX-2: rights cannot be changed when the account also reaches properties the actor does not administer', () => {
    const shared = user('shared', ['h1', 'h9'], 'reservations');
    expect(
      setAccessRights({
        actor: owner,
        target: shared,
        property: h1,
        reached: [h1, foreign],
        rights: rights('finance'),
      }),
    ).toStrictEqual(
      err({
        code: 'rights_reach_other_properties',
        rules: ['CX-2', 'CX-1'],
        facts: { account: shared.id, properties: [pid('h9')] },
        remedies: [{ kind: 'invite_instead', rule: 'PA-15', property: pid('h1'), email: shared.email }],
      }),
    );
  });

  it('CX-2: a reached property whose record is missing counts as not administered', () => {
    expect(
      canSetAccessRights({
        actor: owner,
        target: clerk,
        property: h1,
        reached: [h1],
        rights: rights('finance'),
      })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'rights_reach_other_properties',
      facts: { properties: [pid('h2')] },
    });
  });

  it('CX-1: only an admin of the property may change rights', () => {
    const peer = user('peer', ['h1', 'h2'], 'finance');
    expect(
      canSetAccessRights({
        actor: peer,
        target: clerk,
        property: h1,
        reached: [h1, h2],
        rights: rights('finance'),
      })._unsafeUnwrapErr().code,
    ).toBe('actor_not_admin');
  });

  it('CX-1: the target must reach the property the admin acts on', () => {
    const elsewhere = user('elsewhere', ['h2'], 'inbox');
    expect(
      canSetAccessRights({
        actor: owner,
        target: elsewhere,
        property: h1,
        reached: [h2],
        rights: rights('finance'),
      })._unsafeUnwrapErr().code,
    ).toBe('property_not_reached');
  });

  it('LIB-2: an empty set of rights is refused', () => {
    expect(
      canSetAccessRights({
        actor: owner,
        target: clerk,
        property: h1,
        reached: [h1, h2],
        rights: rights(),
      })._unsafeUnwrapErr(),
    ).toMatchObject({ code: 'no_access_rights_chosen', rules: ['LIB-2'] });
  });
});
