import { type Instant, INVITATION_LIFETIME_MS, later } from './instant';
import { type Infer, leaf, object, variant } from './shape';

/**
 * The shape of an {@link Invitation}: an offer, sent by email, to create a new non-primary
 * account with the chosen access rights to one property (PA-15). Its `status` says what became
 * of it, as stored. An invitation expires 7 days after it was sent (CX-6), whether or not that is
 * recorded yet: `expired` is stored once a command finds it so (its `invitation_expired` event),
 * so that a world restored from a snapshot knows what was recorded. An invitation is revoked by
 * an admin of its property (CX-1) or by the platform (CX-5).
 */
export const invitationShape = object({
  id: leaf('invitationId'),
  property: leaf('propertyId'),
  invitedBy: leaf('accountId'),
  name: leaf('displayName'),
  email: leaf('email'),
  rights: leaf('rights'),
  sentAt: leaf('instant'),
  status: variant('kind', {
    pending: {},
    expired: {},
    accepted: { at: leaf('instant'), account: leaf('accountId') },
    revoked: { at: leaf('instant'), by: variant('kind', { account: { id: leaf('accountId') }, platform: {} }) },
  }),
});

/** An offer, sent by email, to create a new non-primary account (PA-15): see {@link invitationShape}. */
export type Invitation = Infer<typeof invitationShape>;

/** What became of an invitation, as stored; a pending one may have expired since (CX-6). */
export type InvitationStatus = Invitation['status'];

/** Who revoked an invitation: an admin of its property (CX-1), or the platform (CX-5). */
export type RevokedBy = Extract<InvitationStatus, { readonly kind: 'revoked' }>['by'];

/** The state of an invitation at a given moment: its stored status, or `expired` (CX-6). */
export type InvitationState = 'pending' | 'expired' | 'accepted' | 'revoked';

/** CX-6: when an invitation stops being acceptable: 7 days after it was sent. */
export const expiresAt = (invitation: Invitation): Instant => later(invitation.sentAt, INVITATION_LIFETIME_MS);

/** The state of `invitation` at `now` (CX-6). Time is an input; no clock is read. */
export const stateAt = (invitation: Invitation, now: Instant): InvitationState => {
  if (invitation.status.kind !== 'pending') return invitation.status.kind;
  return now >= expiresAt(invitation) ? 'expired' : 'pending';
};

/** The invitation as it is once found expired: nothing else of it changes. */
export const EXPIRED: Invitation['status'] = Object.freeze({ kind: 'expired' });
