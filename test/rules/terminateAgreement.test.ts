import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { canTerminateAgreement, PLATFORM, terminateAgreement, UNLINKED } from '../../src/index';
import { agreement, attached, leid, linked, pid, primary, unlinked } from '../fixtures';

const owner = primary('owner', 1);
const hotel = linked('h1', 1);

describe('terminateAgreement', () => {
  it('PA-18: terminating an agreement unlinks every property of its portfolio, attached ones included', () => {
    const extra = attached('h2', 1);
    const other = linked('h9', 9);
    const attachedElsewhere = attached('h8', 9);
    expect(
      terminateAgreement({
        actor: PLATFORM,
        agreement: agreement(1),
        portfolio: [hotel, extra, other, attachedElsewhere, unlinked('h7')],
      }),
    ).toStrictEqual(
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

  it('PA-18: only the platform terminates, and only once', () => {
    expect(
      canTerminateAgreement({ actor: owner, agreement: agreement(1), portfolio: [] })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'platform_operation_only',
      rules: ['PA-18'],
      facts: { operation: 'terminate_agreement' },
      remedies: [],
    });
    // Whether the agreement is in force is not told to whoever is not the platform.
    expect(canTerminateAgreement({ actor: owner, agreement: agreement(1, 'terminated'), portfolio: [] })).toStrictEqual(
      canTerminateAgreement({ actor: owner, agreement: agreement(1), portfolio: [] }),
    );
    expect(
      canTerminateAgreement({
        actor: PLATFORM,
        agreement: agreement(1, 'terminated'),
        portfolio: [],
      })._unsafeUnwrapErr().code,
    ).toBe('agreement_is_terminated');
  });
});
