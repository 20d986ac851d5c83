import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { canRemoveProperty, removeProperty } from '../../src/index';
import { attached, leid, linked, pid, primary, user } from '../fixtures';

const owner = primary('owner', 1);
const hotel = linked('h1', 1);

describe('removeProperty', () => {
  it('PA-17: a property cannot be removed from a primary account; the remedies are the PA-18 operations', () => {
    expect(removeProperty({ actor: owner, account: owner, property: hotel })).toStrictEqual(
      err({
        code: 'primary_account_keeps_properties',
        rules: ['PA-17', 'PA-1'],
        facts: { account: owner.id, property: pid('h1'), agreement: leid(1) },
        remedies: [
          { kind: 'recontract_property', rule: 'PA-18', property: pid('h1') },
          { kind: 'change_ownership', rule: 'PA-18', property: pid('h1') },
          { kind: 'terminate_agreement', rule: 'PA-18', agreement: leid(1) },
        ],
      }),
    );
  });

  it('PA-17: an attached property cannot be removed from the primary account either', () => {
    expect(removeProperty({ actor: owner, account: owner, property: attached('h2', 1) })._unsafeUnwrapErr().code).toBe(
      'primary_account_keeps_properties',
    );
  });

  it("PA-17, CX-1: a property outside the primary's portfolio is not its to administer", () => {
    expect(removeProperty({ actor: owner, account: owner, property: linked('h9', 9) })._unsafeUnwrapErr().code).toBe(
      'actor_not_admin',
    );
    // An admin of the property asking about a primary account of another agreement is told it does not reach it.
    const admin = user('admin', ['h1'], 'admin');
    expect(
      removeProperty({ actor: admin, account: primary('other', 9), property: hotel })._unsafeUnwrapErr().code,
    ).toBe('property_not_reached');
  });

  it('CX-1, PA-17: an account that is no admin of the property is told only that, whoever the account is', () => {
    const clerk = user('clerk', ['h1'], 'reservations');
    const refused = removeProperty({ actor: clerk, account: owner, property: hotel });
    expect(refused).toStrictEqual(
      err({
        code: 'actor_not_admin',
        rules: ['CX-1'],
        facts: { actor: { kind: 'non_primary', id: clerk.id }, property: pid('h1') },
        remedies: [{ kind: 'ask_property_admin', rule: 'CX-1', property: pid('h1') }],
      }),
    );
    for (const account of [clerk, user('other', ['h2'], 'admin'), primary('other', 9)])
      expect(removeProperty({ actor: clerk, account, property: hotel })).toStrictEqual(refused);
  });

  it('CX-1: an admin of the property removes it from a non-primary account', () => {
    const clerk = user('clerk', ['h1', 'h2'], 'reservations');
    expect(removeProperty({ actor: owner, account: clerk, property: hotel })).toStrictEqual(
      ok({ rules: ['CX-1'], account: { ...clerk, properties: [pid('h2')] }, property: pid('h1') }),
    );
  });

  it('CX-1: an account that is not an admin of the property cannot remove it from anyone', () => {
    const clerk = user('clerk', ['h1'], 'reservations');
    expect(canRemoveProperty({ actor: clerk, account: clerk, property: hotel })._unsafeUnwrapErr().code).toBe(
      'actor_not_admin',
    );
  });

  it('CX-1: a property the account does not reach is refused as not reached', () => {
    const clerk = user('clerk', ['h2'], 'reservations');
    expect(canRemoveProperty({ actor: owner, account: clerk, property: hotel })).toStrictEqual(
      err({
        code: 'property_not_reached',
        rules: ['CX-1'],
        facts: { account: clerk.id, property: pid('h1') },
        remedies: [],
      }),
    );
  });
});
