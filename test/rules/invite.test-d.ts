import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

import {
  type Allowed,
  canInvite,
  type InvalidInput,
  type InvitationSent,
  invite,
  type InviteRejection,
  type InviteRequest,
} from '../../src/index';

// The type contract of invite: a change here is a change to the public API.

declare const request: InviteRequest;

describe('invite and canInvite, as types', () => {
  it('take a InviteRequest', () => {
    expectTypeOf(canInvite).parameter(0).toEqualTypeOf<InviteRequest>();
    expectTypeOf(invite).parameter(0).toEqualTypeOf<InviteRequest>();
  });

  it('answer what was allowed, or one rejection of exactly these codes', () => {
    expectTypeOf(canInvite).returns.toEqualTypeOf<Result<Allowed, InviteRejection | InvalidInput>>();
    expectTypeOf(invite).returns.toEqualTypeOf<Result<InvitationSent, InviteRejection | InvalidInput>>();
    expectTypeOf<InviteRejection['code']>().toEqualTypeOf<
      'actor_not_admin' | 'no_access_rights_chosen' | 'invitation_already_pending'
    >();
  });

  it('refuse, at compile time, a value of another brand', () => {
    expectTypeOf(
      invite({
        ...request,
        // @ts-expect-error -- a PropertyId is not an InvitationId
        invitee: { ...request.invitee, id: request.property.id },
      }),
    ).not.toBeNever();
  });
});
