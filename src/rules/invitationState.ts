import type { Result } from 'neverthrow';

import { object, parserOf } from '../validation/check';
import { isInstant, isInvitation } from '../validation/values';
import type { Instant } from '../values/instant';
import { expiresAt, type Invitation, type InvitationState, stateAt } from '../values/invitation';
import type { InvalidInput } from '../values/problem';

/** An invitation and the moment to judge it at. */
export interface InvitationStateQuery {
  readonly invitation: Invitation;
  readonly now: Instant;
}

/** The state of an invitation at a moment, and when it expires. */
export interface InvitationStateAt {
  readonly state: InvitationState;
  readonly expiresAt: Instant;
}

const parse = parserOf(object({ invitation: isInvitation, now: isInstant }));

/**
 * CX-6: whether an invitation is pending, expired, accepted or revoked at `now`; it expires 7
 * days after it was sent. Rejection codes: `invalid_input`.
 *
 * @example
 * invitationState({ invitation, now }); // ok({ state: 'expired', expiresAt: 1795939200000 })
 */
export const invitationState = (query: InvitationStateQuery): Result<InvitationStateAt, InvalidInput> =>
  parse(query).map(({ invitation, now }) => ({
    state: stateAt(invitation, now),
    expiresAt: expiresAt(invitation),
  }));
