import { err, ok, type Result } from 'neverthrow';

import { notReached } from '../../rejections/refusals';
import { addPropertyDecision, addPropertyStanding } from '../../rules/addProperty';
import { changeOwnershipDecision } from '../../rules/changeOwnership';
import { moveStanding } from '../../rules/moveProperty';
import { reaches } from '../../rules/reach';
import { recontractPropertyDecision } from '../../rules/recontractProperty';
import { removePropertyDecision } from '../../rules/removeProperty';
import { terminateAgreementDecision, terminateStanding } from '../../rules/terminateAgreement';
import { actorRef } from '../../values/actorRef';
import { UNLINKED } from '../../values/property';
import type { MovePropertyRequest } from '../../values/requests';
import type { CommandFor } from '../command';
import { accountActor, administered, agreementIn, decisionActor, propertyIn } from '../lookup';
import { ask, type Asking } from '../lookups';
import { type CommandRejection, idTaken, notFound } from '../rejection';
import { type Accepted, acceptedWith, type Handling } from './outcome';

// Each handler establishes who acts first (the actor's own record, then its standing: admin of the
// property, primary account of the agreement, or the platform), and only then looks up what the
// command names; a refusal before that depends on nothing else. See docs/rules.md, "What a client
// is told".

/**
 * PA-3, PA-4, PA-5, PA-6, PA-10, PA-11: a property comes to the primary account of an agreement.
 * A new registration, or one with an assigned LEID, makes the property (its ID is new: the server
 * made it); the platform attaches an existing listing.
 */
export function* onAddProperty(command: CommandFor<'add_property'>): Handling {
  const { now: at, origin } = command;
  const actor = yield* decisionActor(command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const standing = addPropertyStanding(actor.value, command.agreement);
  if (standing !== null) return err(standing);
  const agreement = yield* agreementIn(command.agreement);
  if (agreement.isErr()) return err(agreement.error);
  const existing = yield* ask({ kind: 'property', id: command.property });
  if (existing !== undefined && origin.kind !== 'existing_listing') return err(idTaken('property', command.property));
  // A listing the platform names must be there. The primary account is told one answer for any
  // property outside its portfolio (PA-2, PA-3), whether it is there or not.
  if (existing === undefined && origin.kind === 'existing_listing' && actor.value.kind === 'platform')
    return err(notFound('property', command.property));
  const property = existing ?? { id: command.property, link: UNLINKED };
  // An agreement without a primary account is the decision's to refuse, with its remedies (PA-9, PA-11).
  const primary = yield* ask({ kind: 'primary_of', leid: agreement.value.leid });
  return addPropertyDecision
    .actOnChecked({ actor: actor.value, primary, agreement: agreement.value, property, origin })
    .map((added): Accepted =>
      acceptedWith(added.rules, [
        existing === undefined
          ? { kind: 'property_registered', at, property: added.property, primary: added.primary }
          : { kind: 'property_linked', at, property: added.property, previous: existing.link, primary: added.primary },
      ]),
    );
}

/** PA-17, CX-1: an admin removes an account's access to a property; never a primary's. */
export function* onRemoveProperty(command: CommandFor<'remove_property'>): Handling {
  const actor = yield* accountActor(command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const property = yield* administered(actor.value, command.property);
  if (property.isErr()) return err(property.error);
  // An account that is not there reaches nothing: the same answer as one that does not reach it.
  const account = yield* ask({ kind: 'account', id: command.account });
  if (account === undefined || !reaches(account, property.value))
    return err(notReached(command.account, command.property));
  return removePropertyDecision
    .actOnChecked({ actor: actor.value, account, property: property.value })
    .map((removed): Accepted =>
      acceptedWith(removed.rules, [
        {
          kind: 'access_removed',
          at: command.now,
          account: removed.account,
          property: removed.property,
          by: actorRef(actor.value),
        },
      ]),
    );
}

/** PA-18: the platform re-contracts a property to another agreement. */
export function* onRecontractProperty(command: CommandFor<'recontract_property'>): Handling {
  const move = yield* moveRequest(command);
  if (move.isErr()) return err(move.error);
  return recontractPropertyDecision
    .actOnChecked(move.value)
    .map((moved): Accepted =>
      acceptedWith(moved.rules, [
        { kind: 'property_recontracted', at: command.now, property: moved.property, previous: moved.previous },
      ]),
    );
}

/** PA-18, CX-5: the platform hands a property to a new owner; the old access and invitations go. */
export function* onChangeOwnership(command: CommandFor<'change_ownership'>): Handling {
  const move = yield* moveRequest(command);
  if (move.isErr()) return err(move.error);
  const { actor, property, to } = move.value;
  const accessHolders = yield* ask({ kind: 'reachers', property: property.id });
  const invitations = yield* ask({ kind: 'open_invitations', property: property.id });
  return changeOwnershipDecision
    .actOnChecked({ actor, property, to, accessHolders, invitations, now: command.now })
    .map((changed): Accepted =>
      acceptedWith(changed.rules, [
        {
          kind: 'ownership_changed',
          at: command.now,
          property: changed.property,
          previous: changed.previous,
          accessRemoved: changed.accessRemoved,
          invitationsRevoked: changed.invitationsRevoked,
        },
      ]),
    );
}

/** PA-18: the platform terminates an agreement; its portfolio leaves it, unlinked. */
export function* onTerminateAgreement(command: CommandFor<'terminate_agreement'>): Handling {
  const actor = yield* decisionActor(command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const standing = terminateStanding(actor.value);
  if (standing !== null) return err(standing);
  const agreement = yield* agreementIn(command.agreement);
  if (agreement.isErr()) return err(agreement.error);
  const portfolio = yield* ask({ kind: 'portfolio', leid: agreement.value.leid });
  return terminateAgreementDecision
    .actOnChecked({ actor: actor.value, agreement: agreement.value, portfolio })
    .map((ended): Accepted =>
      acceptedWith(ended.rules, [
        { kind: 'agreement_terminated', at: command.now, agreement: ended.agreement, unlinked: ended.unlinked },
      ]),
    );
}

// The records a move names, for a re-contract and a change of ownership alike (PA-18). An account
// is refused before the records are looked up, offered to ask for the move of a property it reaches.
function* moveRequest(
  command: CommandFor<'recontract_property'> | CommandFor<'change_ownership'>,
): Asking<Result<MovePropertyRequest, CommandRejection>> {
  const actor = yield* decisionActor(command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  if (actor.value.kind !== 'platform')
    return err(moveStanding(actor.value, command.action, yield* ask({ kind: 'property', id: command.property })));
  const property = yield* propertyIn(command.property);
  if (property.isErr()) return err(property.error);
  const to = yield* agreementIn(command.to);
  if (to.isErr()) return err(to.error);
  return ok({ actor: actor.value, property: property.value, to: to.value });
}
