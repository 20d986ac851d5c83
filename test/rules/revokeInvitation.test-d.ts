import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

import {
  type Allowed,
  canRevokeInvitation,
  type InvalidInput,
  type InvitationRevoked,
  revokeInvitation,
  type RevokeInvitationRejection,
  type RevokeInvitationRequest,
} from '../../src/index';

// The type contract of revokeInvitation: a change here is a change to the public API.

declare const request: RevokeInvitationRequest;

describe('revokeInvitation and canRevokeInvitation, as types', () => {
  it('take a RevokeInvitationRequest', () => {
    expectTypeOf(canRevokeInvitation).parameter(0).toEqualTypeOf<RevokeInvitationRequest>();
    expectTypeOf(revokeInvitation).parameter(0).toEqualTypeOf<RevokeInvitationRequest>();
  });

  it('answer what was allowed, or one rejection of exactly these codes', () => {
    expectTypeOf(canRevokeInvitation).returns.toEqualTypeOf<
      Result<Allowed, RevokeInvitationRejection | InvalidInput>
    >();
    expectTypeOf(revokeInvitation).returns.toEqualTypeOf<
      Result<InvitationRevoked, RevokeInvitationRejection | InvalidInput>
    >();
    expectTypeOf<RevokeInvitationRejection['code']>().toEqualTypeOf<
      'actor_not_admin' | 'invitation_not_pending' | 'invitation_for_other_property'
    >();
  });

  it('refuse, at compile time, a value of another brand', () => {
    expectTypeOf(
      revokeInvitation({
        ...request,
        // @ts-expect-error -- a plain number is not an Instant
        now: Date.now(),
      }),
    ).not.toBeNever();
  });
});
