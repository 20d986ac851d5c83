import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { invitationState } from '../../src';
import { at, invitation } from '../fixtures';

describe('invitationState', () => {
  it('CX-6: an invitation is pending for 7 days, then expired; time is an input', () => {
    const sent = invitation('inv-1', 'h1', 'ola@example.no', '2026-11-22T08:00:00Z');
    const expiresAt = at('2026-11-29T08:00:00Z');
    expect(invitationState({ invitation: sent, now: at('2026-11-22T08:00:00Z') })).toStrictEqual(
      ok({ state: 'pending', expiresAt }),
    );
    expect(invitationState({ invitation: sent, now: expiresAt })).toStrictEqual(ok({ state: 'expired', expiresAt }));
  });
});
