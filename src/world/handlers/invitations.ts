import { err } from 'neverthrow';

import { acceptInvitationDecision } from '../../rules/acceptInvitation';
import { inviteDecision } from '../../rules/invite';
import { invitationRecord } from '../../rules/records';
import { revokeInvitationDecision } from '../../rules/revokeInvitation';
import type { PrimaryAccount } from '../../values/account';
import { EXPIRED, stateAt } from '../../values/invitation';
import type { LoginName } from '../../values/loginName';
import type { CommandFor } from '../command';
import { accountActor, administered, invitationIn } from '../lookup';
import { ask } from '../lookups';
import { cannotIssue, idTaken, notFound } from '../rejection';
import { type Accepted, acceptedWith, type Handling } from './outcome';

/**
 * PA-15, CX-1, CX-6: an admin invites a person to a property. The property's open invitations
 * that have run out by `now` are recorded as expired on the way.
 */
export function* onInvite(command: CommandFor<'invite'>): Handling {
  const { invitee, now: at } = command;
  const actor = yield* accountActor(command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const property = yield* administered(actor.value, command.property);
  if (property.isErr()) return err(property.error);
  if ((yield* ask({ kind: 'invitation', id: invitee.id })) !== undefined) return err(idTaken('invitation', invitee.id));
  const open = yield* ask({ kind: 'open_invitations', property: property.value.id });
  return inviteDecision
    .actOnChecked({ actor: actor.value, property: property.value, invitee, now: at, invitations: open })
    .map((sent): Accepted =>
      acceptedWith(sent.rules, [
        ...open
          .filter((invitation) => stateAt(invitation, at) === 'expired')
          .map((invitation) => ({
            kind: 'invitation_expired' as const,
            at,
            invitation: invitationRecord({ ...invitation, status: EXPIRED }),
          })),
        { kind: 'invitation_sent', at, invitation: sent.invitation },
      ]),
    );
}

// PA-16 compares the new login with the invitee's primary login. When one email holds several
// primaries, the one with the chosen login is the one that matters.
const inviteePrimary = (primaries: readonly PrimaryAccount[], login: LoginName): PrimaryAccount | null =>
  primaries.find((primary) => primary.login === login) ?? primaries[0] ?? null;

/**
 * PA-16, CX-4, CX-6: the invitee accepts the invitation it holds with a login of its own, making a
 * new account. The invitation is the invitee's standing: one the world does not hold is not found.
 */
export function* onAcceptInvitation(command: CommandFor<'accept_invitation'>): Handling {
  if (command.actor.kind !== 'invitee') return err(cannotIssue(command.actor.kind, command.action));
  const invitation = yield* invitationIn(command.actor.invitation);
  if (invitation.isErr()) return err(invitation.error);
  if ((yield* ask({ kind: 'account', id: command.account })) !== undefined)
    return err(idTaken('account', command.account));
  const primaries = yield* ask({ kind: 'primaries_by_email', email: invitation.value.email });
  return acceptInvitationDecision
    .actOnChecked({
      invitation: invitation.value,
      now: command.now,
      account: { id: command.account, login: command.login },
      inviteePrimary: inviteePrimary(primaries, command.login),
      loginHolder: yield* ask({ kind: 'login_holder', login: command.login }),
    })
    .map((accepted): Accepted =>
      acceptedWith(accepted.rules, [
        { kind: 'invitation_accepted', at: command.now, invitation: accepted.invitation, account: accepted.account },
      ]),
    );
}

/**
 * CX-1, CX-6: an admin of a property revokes one of its invitations while it is pending. To an
 * admin of the property, an invitation of another property is one that is not there.
 */
export function* onRevokeInvitation(command: CommandFor<'revoke_invitation'>): Handling {
  const actor = yield* accountActor(command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const property = yield* administered(actor.value, command.property);
  if (property.isErr()) return err(property.error);
  const invitation = yield* ask({ kind: 'invitation', id: command.invitation });
  if (invitation?.property !== property.value.id) return err(notFound('invitation', command.invitation));
  return revokeInvitationDecision
    .actOnChecked({ actor: actor.value, property: property.value, invitation, now: command.now })
    .map((revoked): Accepted =>
      acceptedWith(revoked.rules, [{ kind: 'invitation_revoked', at: command.now, invitation: revoked.invitation }]),
    );
}
