import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { canChangeOwnership, changeOwnership, PLATFORM } from '../../src/index';
import { agreement, at, invitation, leid, linked, pid, primary, user } from '../fixtures';

const owner = primary('owner', 1);
const hotel = linked('h1', 1);
const now = at('2026-11-22T08:00:00Z');

describe('changeOwnership', () => {
  it('CX-5: after a change of ownership no account of the previous owner keeps access, and open invitations are revoked', () => {
    const clerk = user('clerk', ['h1', 'h2'], 'reservations');
    const unrelated = user('unrelated', ['h3'], 'inbox');
    const open = invitation('inv-1', 'h1', 'ola@example.no', '2026-11-21T08:00:00Z');
    const expired = invitation('inv-2', 'h1', 'kari@example.no', '2026-11-01T08:00:00Z');
    const otherProperty = invitation('inv-3', 'h2', 'ola@example.no', '2026-11-21T08:00:00Z');
    const invitations = [open, expired, otherProperty];
    const result = changeOwnership({
      actor: PLATFORM,
      property: hotel,
      to: agreement(2),
      accessHolders: [clerk, unrelated],
      invitations,
      now,
    });
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

  it('PA-18: only the platform changes ownership', () => {
    expect(
      canChangeOwnership({
        actor: owner,
        property: hotel,
        to: agreement(2),
        accessHolders: [],
        invitations: [],
        now,
      })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'platform_operation_only',
      facts: { operation: 'change_ownership' },
    });
  });
});
