import { err, ok, type Result } from 'neverthrow';

import { notReached } from '../../rejections/refusals';
import { addUserDecision } from '../../rules/addUser';
import { createUserDecision } from '../../rules/createUser';
import { grantAdminDecision } from '../../rules/grantAdmin';
import { grantPrimaryAccountDecision, grantPrimaryStanding } from '../../rules/grantPrimaryAccount';
import { reaches } from '../../rules/reach';
import { requestPrimaryAccountDecision, requestStanding } from '../../rules/requestPrimaryAccount';
import { revokeAdminDecision } from '../../rules/revokeAdmin';
import { setAccessRightsDecision } from '../../rules/setAccessRights';
import { actorRef } from '../../values/actorRef';
import type { RightsChangeRequest } from '../../values/requests';
import type { CommandFor } from '../command';
import { accountActor, administered, agreementIn, agreementsSeen, decisionActor } from '../lookup';
import { ask, type Asking } from '../lookups';
import { type CommandRejection, idTaken, notFound } from '../rejection';
import { type Accepted, acceptedWith, type Handling } from './outcome';

/**
 * PA-9: an account asks the platform for a primary account for an agreement it sees; a support
 * request, no new account. An agreement it does not see is one that is not there, to it.
 */
export function* onRequestPrimaryAccount(command: CommandFor<'request_primary_account'>): Handling {
  const requester = yield* accountActor(command.actor, command.action);
  if (requester.isErr()) return err(requester.error);
  const standing = requestStanding(requester.value);
  if (standing !== null) return err(standing);
  if (!(yield* agreementsSeen(requester.value)).has(command.agreement))
    return err(notFound('agreement', command.agreement));
  const agreement = yield* agreementIn(command.agreement);
  if (agreement.isErr()) return err(agreement.error);
  const primaryOfAgreement = yield* ask({ kind: 'primary_of', leid: agreement.value.leid });
  return requestPrimaryAccountDecision
    .actOnChecked({ requester: requester.value, agreement: agreement.value, primaryOfAgreement })
    .map((request): Accepted =>
      acceptedWith(request.rules, [
        {
          kind: 'primary_account_requested',
          at: command.now,
          requester: request.requester,
          agreement: request.agreement,
        },
      ]),
    );
}

/** PA-9, PA-1, CX-4: the platform makes the primary account an agreement lacks. */
export function* onGrantPrimaryAccount(command: CommandFor<'grant_primary_account'>): Handling {
  const { account } = command;
  const actor = yield* decisionActor(command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const standing = grantPrimaryStanding(actor.value);
  if (standing !== null) return err(standing);
  if ((yield* ask({ kind: 'account', id: account.id })) !== undefined) return err(idTaken('account', account.id));
  const agreement = yield* agreementIn(command.agreement);
  if (agreement.isErr()) return err(agreement.error);
  return grantPrimaryAccountDecision
    .actOnChecked({
      actor: actor.value,
      agreement: agreement.value,
      primaryOfAgreement: yield* ask({ kind: 'primary_of', leid: agreement.value.leid }),
      account,
      loginHolder: yield* ask({ kind: 'login_holder', login: account.login }),
    })
    .map((granted): Accepted =>
      acceptedWith(granted.rules, [{ kind: 'primary_account_granted', at: command.now, account: granted.account }]),
    );
}

/** PA-12, CX-1, CX-4: an admin creates a new non-primary account for a property. */
export function* onCreateUser(command: CommandFor<'create_user'>): Handling {
  const { user } = command;
  const actor = yield* accountActor(command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const property = yield* administered(actor.value, command.property);
  if (property.isErr()) return err(property.error);
  if ((yield* ask({ kind: 'account', id: user.id })) !== undefined) return err(idTaken('account', user.id));
  return createUserDecision
    .actOnChecked({
      actor: actor.value,
      property: property.value,
      user,
      loginHolder: yield* ask({ kind: 'login_holder', login: user.login }),
    })
    .map((created): Accepted =>
      acceptedWith(created.rules, [
        { kind: 'user_created', at: command.now, account: created.account, by: actorRef(actor.value) },
      ]),
    );
}

/** PA-13, PA-14, CX-1: an admin gives an existing non-primary user access to a property. */
export function* onAddUser(command: CommandFor<'add_user'>): Handling {
  const actor = yield* accountActor(command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const property = yield* administered(actor.value, command.property);
  if (property.isErr()) return err(property.error);
  const accountWithUsername = (yield* ask({ kind: 'account_by_login', login: command.username })) ?? null;
  return addUserDecision
    .actOnChecked({
      actor: actor.value,
      property: property.value,
      username: command.username,
      email: command.email,
      accountWithUsername,
    })
    .map((added): Accepted =>
      acceptedWith(added.rules, [
        {
          kind: 'access_granted',
          at: command.now,
          account: added.account,
          property: added.property,
          by: actorRef(actor.value),
        },
      ]),
    );
}

type RightsCommand = CommandFor<'set_access_rights'> | CommandFor<'grant_admin'> | CommandFor<'revoke_admin'>;

// The facts every change of rights needs: the actor, its standing over the property, the target,
// which must reach the property (an account that is not there reaches nothing), and every property
// the target reaches (CX-2), each from an index.
// A primary account's rights never change (PA-7), so its portfolio, which may hold a whole chain,
// is not looked up for it.
function* rightsChange(command: RightsCommand): Asking<Result<RightsChangeRequest, CommandRejection>> {
  const actor = yield* accountActor(command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const property = yield* administered(actor.value, command.property);
  if (property.isErr()) return err(property.error);
  const target = yield* ask({ kind: 'account', id: command.account });
  if (target === undefined || !reaches(target, property.value))
    return err(notReached(command.account, command.property));
  const reached = target.kind === 'non_primary' ? yield* ask({ kind: 'properties', ids: target.properties }) : [];
  return ok({ actor: actor.value, target, property: property.value, reached });
}

/** PA-7, CX-1, CX-2: an admin sets the access rights of an account. */
export function* onSetAccessRights(command: CommandFor<'set_access_rights'>): Handling {
  return (yield* rightsChange(command)).andThen((request) =>
    setAccessRightsDecision
      .actOnChecked({
        actor: request.actor,
        target: request.target,
        property: request.property,
        reached: request.reached,
        rights: command.rights,
      })
      .map((changed): Accepted =>
        acceptedWith(changed.rules, [
          {
            kind: 'access_rights_set',
            at: command.now,
            account: changed.account,
            previous: changed.previous,
            by: actorRef(request.actor),
          },
        ]),
      ),
  );
}

/** CX-3: an admin grants admin rights to an account that reaches the property. */
export function* onGrantAdmin(command: CommandFor<'grant_admin'>): Handling {
  return (yield* rightsChange(command)).andThen((request) =>
    grantAdminDecision
      .actOnChecked(request)
      .map((changed): Accepted =>
        acceptedWith(changed.rules, [
          { kind: 'admin_granted', at: command.now, account: changed.account, by: actorRef(request.actor) },
        ]),
      ),
  );
}

/** PA-7, CX-3: an admin takes admin rights back; never from a primary account. */
export function* onRevokeAdmin(command: CommandFor<'revoke_admin'>): Handling {
  return (yield* rightsChange(command)).andThen((request) =>
    revokeAdminDecision
      .actOnChecked(request)
      .map((changed): Accepted =>
        acceptedWith(changed.rules, [
          { kind: 'admin_revoked', at: command.now, account: changed.account, by: actorRef(request.actor) },
        ]),
      ),
  );
}
