import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

import {
  acceptInvitation,
  type AcceptInvitationRejection,
  type AcceptInvitationRequest,
  type Allowed,
  canAcceptInvitation,
  type InvalidInput,
  type InvitationAccepted,
} from '../../src/index';

// The type contract of acceptInvitation: a change here is a change to the public API.

declare const request: AcceptInvitationRequest;

describe('acceptInvitation and canAcceptInvitation, as types', () => {
  it('take a AcceptInvitationRequest', () => {
    expectTypeOf(canAcceptInvitation).parameter(0).toEqualTypeOf<AcceptInvitationRequest>();
    expectTypeOf(acceptInvitation).parameter(0).toEqualTypeOf<AcceptInvitationRequest>();
  });

  it('answer what was allowed, or one rejection of exactly these codes', () => {
    expectTypeOf(canAcceptInvitation).returns.toEqualTypeOf<
      Result<Allowed, AcceptInvitationRejection | InvalidInput>
    >();
    expectTypeOf(acceptInvitation).returns.toEqualTypeOf<
      Result<InvitationAccepted, AcceptInvitationRejection | InvalidInput>
    >();
    expectTypeOf<AcceptInvitationRejection['code']>().toEqualTypeOf<
      'invitation_not_yet_sent' | 'invitation_not_pending' | 'login_taken' | 'login_same_as_primary'
    >();
  });

  it('refuse, at compile time, a value of another brand', () => {
    expectTypeOf(
      acceptInvitation({
        ...request,
        // @ts-expect-error -- an InvitationId is not an AccountId
        account: { ...request.account, id: request.invitation.id },
      }),
    ).not.toBeNever();
  });
});
