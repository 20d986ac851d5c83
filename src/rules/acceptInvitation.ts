import { err, ok, type Result } from 'neverthrow';

import type { InvitationNotPending, LoginTaken } from '../rejections/common';
import { loginTaken, notPending } from '../rejections/refusals';
import type { RejectionOf } from '../rejections/rejection';
import { checkAcceptInvitationRequest } from '../validation/generated';
import type { NonPrimaryAccount } from '../values/account';
import type { AccountId, InvitationId } from '../values/ids';
import type { Instant } from '../values/instant';
import { type Invitation, stateAt } from '../values/invitation';
import type { LoginName } from '../values/loginName';
import type { InvalidInput } from '../values/problem';
import type { AcceptInvitationRequest } from '../values/requests';
import { type Allowed, decision } from './decision';
import { invitationRecord, nonPrimaryRecord } from './records';

/** Why the invitation cannot be accepted. */
export type AcceptInvitationRejection =
  | InvitationNotPending
  | RejectionOf<
      'invitation_not_yet_sent',
      { readonly invitation: InvitationId; readonly sentAt: Instant; readonly now: Instant }
    >
  | LoginTaken
  | RejectionOf<'login_same_as_primary', { readonly login: LoginName; readonly primary: AccountId }>;

/** The new non-primary account to persist, and the invitation, now accepted. */
export interface InvitationAccepted extends Allowed {
  readonly account: NonPrimaryAccount;
  readonly invitation: Invitation;
}

/**
 * CX-6: whether the invitation can be accepted at `now`, whatever the login: `null` while it is
 * pending, else why not. Time is an input, and an invitation cannot be accepted before it exists.
 */
export const acceptStanding = (
  invitation: Invitation,
  now: Instant,
): Extract<
  AcceptInvitationRejection,
  { readonly code: 'invitation_not_pending' | 'invitation_not_yet_sent' }
> | null => {
  if (now < invitation.sentAt)
    return {
      code: 'invitation_not_yet_sent',
      rules: ['CX-6'],
      facts: { invitation: invitation.id, sentAt: invitation.sentAt, now },
      remedies: [],
    };
  const state = stateAt(invitation, now);
  return state === 'pending' ? null : notPending(invitation, state);
};

const decide = ({
  invitation,
  now,
  account,
  inviteePrimary,
  loginHolder,
}: AcceptInvitationRequest): Result<Allowed, AcceptInvitationRejection> => {
  const standing = acceptStanding(invitation, now);
  if (standing !== null) return err(standing);
  if (inviteePrimary?.login === account.login) {
    return err({
      code: 'login_same_as_primary',
      rules: ['PA-16'],
      facts: { login: account.login, primary: inviteePrimary.id },
      remedies: [{ kind: 'choose_another_login', rule: 'CX-4' }],
    });
  }
  if (loginHolder !== null) return err(loginTaken(account.login, loginHolder));
  return ok({ rules: ['PA-16', 'CX-6'] });
};

const apply = ({ invitation, now, account }: AcceptInvitationRequest, { rules }: Allowed): InvitationAccepted => ({
  rules,
  account: nonPrimaryRecord({
    id: account.id,
    login: account.login,
    email: invitation.email,
    name: invitation.name,
    rights: invitation.rights,
    properties: [invitation.property],
  }),
  invitation: invitationRecord({ ...invitation, status: { kind: 'accepted', at: now, account: account.id } }),
});

export const acceptInvitationDecision = decision(checkAcceptInvitationRequest, decide, apply);

/**
 * PA-16, CX-4, CX-6: whether the invitation may be accepted with this login.
 * Rejection codes: `invitation_not_yet_sent` (`now` before it was sent), `invitation_not_pending`
 * (expired, revoked or accepted), `login_same_as_primary`,
 * `login_taken`, `invalid_input`.
 *
 * @example
 * canAcceptInvitation({ invitation, now, account: { id: anna, login }, inviteePrimary: null, loginHolder: null });
 * // ok({ rules: ['PA-16', 'CX-6'] })
 */
export const canAcceptInvitation: (
  request: AcceptInvitationRequest,
) => Result<Allowed, AcceptInvitationRejection | InvalidInput> = acceptInvitationDecision.can;

/**
 * PA-16: accepts an invitation, creating a new non-primary account whose login differs from the
 * invitee's primary login and from every other login (CX-4). The same decision as
 * {@link canAcceptInvitation}.
 *
 * @example
 * acceptInvitation({ invitation, now, account: { id: anna, login }, inviteePrimary: null, loginHolder: null });
 * // ok({ rules: ['PA-16', 'CX-6'], account: { kind: 'non_primary', ... }, invitation: { status: { kind: 'accepted', ... } } })
 */
export const acceptInvitation: (
  request: AcceptInvitationRequest,
) => Result<InvitationAccepted, AcceptInvitationRejection | InvalidInput> = acceptInvitationDecision.act;
