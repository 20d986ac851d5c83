import { err } from 'neverthrow';
import { acceptInvitationDecision } from '../../rules/acceptInvitation';
import { inviteDecision } from '../../rules/invite';
import { revokeInvitationDecision } from '../../rules/revokeInvitation';
import type { PrimaryAccount } from '../../values/account';
import type { Email } from '../../values/email';
import { stateAt } from '../../values/invitation';
import type { LoginName } from '../../values/loginName';
import type { CommandFor } from '../command';
import { accountActor, invitationIn, openInvitationsOf, propertyIn } from '../lookup';
import { cannotIssue, idTaken } from '../rejection';
import { membersOf, type Tables } from '../world';
import { acceptedWith, type Accepted, type HandlerResult } from './outcome';

/**
 * PA-15, CX-1, CX-6: an admin invites a person to a property. The property's open invitations
 * that have run out by `now` are recorded as expired on the way.
 */
export const onInvite = (tables: Tables, command: CommandFor<'invite'>): HandlerResult => {
  const { invitee, now: at } = command;
  if (tables.invitations.has(invitee.id)) return err(idTaken('invitation', invitee.id));
  const actor = accountActor(tables, command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const property = propertyIn(tables, command.property);
  if (property.isErr()) return err(property.error);
  const open = openInvitationsOf(tables, property.value.id);
  return inviteDecision
    .actOnChecked({ actor: actor.value, property: property.value, invitee, now: at, invitations: open })
    .map((sent): Accepted =>
      acceptedWith(sent.rules, [
        ...open
          .filter((invitation) => stateAt(invitation, at) === 'expired')
          .map((invitation) => ({ kind: 'invitation_expired' as const, at, invitation })),
        { kind: 'invitation_sent', at, invitation: sent.invitation },
      ]),
    );
};

// PA-16 compares the new login with the invitee's primary login. When one email holds several
// primaries, the one with the chosen login is the one that matters.
const inviteePrimary = (tables: Tables, email: Email, login: LoginName): PrimaryAccount | null => {
  const primaries = membersOf(tables.primariesByEmail, email).flatMap((id) => {
    const account = tables.accounts.get(id);
    return account?.kind === 'primary' ? [account] : [];
  });
  return primaries.find((primary) => primary.login === login) ?? primaries[0] ?? null;
};

/** PA-16, CX-4, CX-6: the invitee accepts with a login of their own, making a new account. */
export const onAcceptInvitation = (tables: Tables, command: CommandFor<'accept_invitation'>): HandlerResult => {
  if (command.actor.kind !== 'invitee') return err(cannotIssue(command.actor.kind, command.action));
  if (tables.accounts.has(command.account)) return err(idTaken('account', command.account));
  return invitationIn(tables, command.invitation).andThen((invitation) =>
    acceptInvitationDecision
      .actOnChecked({
        invitation,
        now: command.now,
        account: { id: command.account, login: command.login },
        inviteePrimary: inviteePrimary(tables, invitation.email, command.login),
        loginHolder: tables.logins.get(command.login) ?? null,
      })
      .map((accepted): Accepted =>
        acceptedWith(accepted.rules, [
          { kind: 'invitation_accepted', at: command.now, invitation: accepted.invitation, account: accepted.account },
        ]),
      ),
  );
};

/** CX-1, CX-6: an admin of the invitation's property revokes it while it is pending. */
export const onRevokeInvitation = (tables: Tables, command: CommandFor<'revoke_invitation'>): HandlerResult => {
  const actor = accountActor(tables, command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const invitation = invitationIn(tables, command.invitation);
  if (invitation.isErr()) return err(invitation.error);
  const property = propertyIn(tables, invitation.value.property);
  if (property.isErr()) return err(property.error);
  return revokeInvitationDecision
    .actOnChecked({ actor: actor.value, property: property.value, invitation: invitation.value, now: command.now })
    .map((revoked): Accepted =>
      acceptedWith(revoked.rules, [{ kind: 'invitation_revoked', at: command.now, invitation: revoked.invitation }]),
    );
};
