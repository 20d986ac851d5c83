import type { AccessRights } from './accessRights';
import type { DisplayName } from './displayName';
import type { Email } from './email';
import type { AccountId, InvitationId, PropertyId } from './ids';
import { INVITATION_LIFETIME_MS, later, type Instant } from './instant';

/** Who revoked an invitation: an admin of its property (CX-1), or the platform (CX-5). */
export type RevokedBy = { readonly kind: 'account'; readonly id: AccountId } | { readonly kind: 'platform' };

/** What became of an invitation, as stored. Expiry is not stored: it follows from the time. */
export type InvitationStatus =
  | { readonly kind: 'pending' }
  | { readonly kind: 'accepted'; readonly at: Instant; readonly account: AccountId }
  | { readonly kind: 'revoked'; readonly at: Instant; readonly by: RevokedBy };

/**
 * An offer, sent by email, to create a new non-primary account with the chosen access rights
 * to one property (PA-15).
 */
export interface Invitation {
  readonly id: InvitationId;
  readonly property: PropertyId;
  readonly invitedBy: AccountId;
  readonly name: DisplayName;
  readonly email: Email;
  readonly rights: AccessRights;
  readonly sentAt: Instant;
  readonly status: InvitationStatus;
}

/** The state of an invitation at a given moment: its stored status, or `expired` (CX-6). */
export type InvitationState = 'pending' | 'expired' | 'accepted' | 'revoked';

/** When an invitation stops being acceptable: 7 days after it was sent (CX-6). */
export const expiresAt = (invitation: Invitation): Instant => later(invitation.sentAt, INVITATION_LIFETIME_MS);

/** The state of `invitation` at `now` (CX-6). Time is an input; no clock is read. */
export const stateAt = (invitation: Invitation, now: Instant): InvitationState => {
  if (invitation.status.kind !== 'pending') return invitation.status.kind;
  return now >= expiresAt(invitation) ? 'expired' : 'pending';
};
