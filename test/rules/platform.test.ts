import { err, ok } from 'neverthrow';
import { describe, expect, test } from 'vitest';
import {
  canChangeOwnership,
  canRecontractProperty,
  canTerminateAgreement,
  changeOwnership,
  PLATFORM,
  recontractProperty,
  terminateAgreement,
  UNLINKED,
} from '../../src/index';
import { agreement, at, attached, invitation, leid, linked, pid, primary, user } from '../fixtures';

const owner = primary('owner', 1);
const hotel = linked('h1', 1);
const now = at('2026-11-22T08:00:00Z');

describe('recontractProperty', () => {
  test('PA-18: the platform re-contracts a property under a new agreement; it leaves the old portfolio', () => {
    expect(recontractProperty({ actor: PLATFORM, property: hotel, to: agreement(2) })).toStrictEqual(
      ok({ rules: ['PA-18'], property: { id: pid('h1'), link: { kind: 'agreement', leid: leid(2) } }, previous: { kind: 'agreement', leid: leid(1) } }),
    );
  });

  test('PA-18: a partner account cannot re-contract; the remedy is to request it', () => {
    expect(canRecontractProperty({ actor: owner, property: hotel, to: agreement(2) })).toStrictEqual(
      err({
        code: 'platform_operation_only',
        rules: ['PA-18'],
        facts: { actor: { kind: 'primary', id: owner.id }, operation: 'recontract_property' },
        remedies: [{ kind: 'recontract_property', rule: 'PA-18', property: pid('h1') }],
      }),
    );
  });

  test('PA-18: a property cannot move to the agreement it already has, nor to a terminated one', () => {
    expect(canRecontractProperty({ actor: PLATFORM, property: hotel, to: agreement(1) })._unsafeUnwrapErr().code).toBe('property_already_in_agreement');
    expect(canRecontractProperty({ actor: PLATFORM, property: hotel, to: agreement(2, 'terminated') })._unsafeUnwrapErr().code).toBe('agreement_terminated');
  });
});

describe('changeOwnership', () => {
  test('CX-5: after a change of ownership no account of the previous owner keeps access, and open invitations are revoked', () => {
    const clerk = user('clerk', ['h1', 'h2'], 'reservations');
    const unrelated = user('unrelated', ['h3'], 'inbox');
    const open = invitation('inv-1', 'h1', 'ola@example.no', '2026-11-21T08:00:00Z');
    const result = changeOwnership({ actor: PLATFORM, property: hotel, to: agreement(2), accessHolders: [clerk, unrelated], invitations: [open], now });
    expect(result).toStrictEqual(
      ok({
        rules: ['PA-18', 'CX-5'],
        property: { id: pid('h1'), link: { kind: 'agreement', leid: leid(2) } },
        previous: { kind: 'agreement', leid: leid(1) },
        accessRemoved: [{ ...clerk, properties: [pid('h2')] }],
        invitationsRevoked: [{ ...open, status: { kind: 'revoked', at: now, by: { kind: 'platform' } } }],
      }),
    );
  });

  test('PA-18: only the platform changes ownership', () => {
    expect(canChangeOwnership({ actor: owner, property: hotel, to: agreement(2), accessHolders: [], invitations: [], now })._unsafeUnwrapErr()).toMatchObject({
      code: 'platform_operation_only',
      facts: { operation: 'change_ownership' },
    });
  });
});

describe('terminateAgreement', () => {
  test('PA-18: terminating an agreement unlinks every property of its portfolio, attached ones included', () => {
    const extra = attached('h2', 1);
    const other = linked('h9', 9);
    expect(terminateAgreement({ actor: PLATFORM, agreement: agreement(1), portfolio: [hotel, extra, other] })).toStrictEqual(
      ok({
        rules: ['PA-18'],
        agreement: { leid: leid(1), status: 'terminated' },
        unlinked: [
          { id: pid('h1'), link: UNLINKED },
          { id: pid('h2'), link: UNLINKED },
        ],
      }),
    );
  });

  test('PA-18: only the platform terminates, and only once', () => {
    expect(canTerminateAgreement({ actor: owner, agreement: agreement(1), portfolio: [] })._unsafeUnwrapErr()).toMatchObject({
      code: 'platform_operation_only',
      remedies: [{ kind: 'terminate_agreement', rule: 'PA-18', agreement: leid(1) }],
    });
    expect(canTerminateAgreement({ actor: PLATFORM, agreement: agreement(1, 'terminated'), portfolio: [] })._unsafeUnwrapErr().code).toBe(
      'agreement_terminated',
    );
  });
});
