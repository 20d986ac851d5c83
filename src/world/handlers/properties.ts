import { err, ok, type Result } from 'neverthrow';
import { addPropertyDecision, addPropertyStanding } from '../../rules/addProperty';
import { changeOwnershipDecision } from '../../rules/changeOwnership';
import { moveStanding, type MovePropertyRequest } from '../../rules/moveProperty';
import { recontractPropertyDecision } from '../../rules/recontractProperty';
import { removePropertyDecision } from '../../rules/removeProperty';
import { terminateAgreementDecision, terminateStanding } from '../../rules/terminateAgreement';
import { notReached } from '../../rejections/refusals';
import { reaches } from '../../rules/reach';
import { actorRef } from '../../values/actorRef';
import { UNLINKED } from '../../values/property';
import type { CommandFor } from '../command';
import {
  accountActor,
  administered,
  agreementIn,
  decisionActor,
  openInvitationsOf,
  portfolioIn,
  primaryOf,
  propertyIn,
  reachersOf,
} from '../lookup';
import { idTaken, notFound, type CommandRejection } from '../rejection';
import type { Tables } from '../world';
import { acceptedWith, type Accepted, type HandlerResult } from './outcome';

// Each handler establishes who acts first (the actor's own record, then its standing: admin of the
// property, primary account of the agreement, or the platform), and only then looks up what the
// command names; a refusal before that depends on nothing else. See docs/rules.md, "What a client
// is told".

/**
 * PA-3, PA-4, PA-5, PA-6, PA-10, PA-11: a property comes to the primary account of an agreement.
 * A new registration, or one with an assigned LEID, makes the property (its ID is new: the server
 * made it); the platform attaches an existing listing.
 */
export const onAddProperty = (tables: Tables, command: CommandFor<'add_property'>): HandlerResult => {
  const { now: at, origin } = command;
  const actor = decisionActor(tables, command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const standing = addPropertyStanding(actor.value, command.agreement);
  if (standing !== null) return err(standing);
  const agreement = agreementIn(tables, command.agreement);
  if (agreement.isErr()) return err(agreement.error);
  const existing = tables.properties.get(command.property);
  if (existing !== undefined && origin.kind !== 'existing_listing') return err(idTaken('property', command.property));
  // A listing the platform names must be there. The primary account is told one answer for any
  // property outside its portfolio (PA-2, PA-3), whether it is there or not.
  if (existing === undefined && origin.kind === 'existing_listing' && actor.value.kind === 'platform')
    return err(notFound('property', command.property));
  const property = existing ?? { id: command.property, link: UNLINKED };
  // An agreement without a primary account is the decision's to refuse, with its remedies (PA-9, PA-11).
  const primary = primaryOf(tables, agreement.value.leid);
  return addPropertyDecision
    .actOnChecked({ actor: actor.value, primary, agreement: agreement.value, property, origin })
    .map((added): Accepted =>
      acceptedWith(added.rules, [
        existing === undefined
          ? { kind: 'property_registered', at, property: added.property, primary: added.primary }
          : { kind: 'property_linked', at, property: added.property, previous: existing.link, primary: added.primary },
      ]),
    );
};

/** PA-17, CX-1: an admin removes an account's access to a property; never a primary's. */
export const onRemoveProperty = (tables: Tables, command: CommandFor<'remove_property'>): HandlerResult => {
  const actor = accountActor(tables, command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const property = administered(tables, actor.value, command.property);
  if (property.isErr()) return err(property.error);
  // An account that is not there reaches nothing: the same answer as one that does not reach it.
  const account = tables.accounts.get(command.account);
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
};

/** PA-18: the platform re-contracts a property to another agreement. */
export const onRecontractProperty = (tables: Tables, command: CommandFor<'recontract_property'>): HandlerResult => {
  const move = moveRequest(tables, command);
  if (move.isErr()) return err(move.error);
  return recontractPropertyDecision
    .actOnChecked(move.value)
    .map((moved): Accepted =>
      acceptedWith(moved.rules, [
        { kind: 'property_recontracted', at: command.now, property: moved.property, previous: moved.previous },
      ]),
    );
};

/** PA-18, CX-5: the platform hands a property to a new owner; the old access and invitations go. */
export const onChangeOwnership = (tables: Tables, command: CommandFor<'change_ownership'>): HandlerResult => {
  const move = moveRequest(tables, command);
  if (move.isErr()) return err(move.error);
  const { actor, property, to } = move.value;
  return changeOwnershipDecision
    .actOnChecked({
      actor,
      property,
      to,
      accessHolders: reachersOf(tables, property.id),
      invitations: openInvitationsOf(tables, property.id),
      now: command.now,
    })
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
};

/** PA-18: the platform terminates an agreement; its portfolio leaves it, unlinked. */
export const onTerminateAgreement = (tables: Tables, command: CommandFor<'terminate_agreement'>): HandlerResult => {
  const actor = decisionActor(tables, command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const standing = terminateStanding(actor.value);
  if (standing !== null) return err(standing);
  const agreement = agreementIn(tables, command.agreement);
  if (agreement.isErr()) return err(agreement.error);
  return terminateAgreementDecision
    .actOnChecked({
      actor: actor.value,
      agreement: agreement.value,
      portfolio: portfolioIn(tables, agreement.value.leid),
    })
    .map((ended): Accepted =>
      acceptedWith(ended.rules, [
        { kind: 'agreement_terminated', at: command.now, agreement: ended.agreement, unlinked: ended.unlinked },
      ]),
    );
};

// The records a move names, for a re-contract and a change of ownership alike (PA-18). An account
// is refused before the records are looked up, offered to ask for the move of a property it reaches.
const moveRequest = (
  tables: Tables,
  command: CommandFor<'recontract_property'> | CommandFor<'change_ownership'>,
): Result<MovePropertyRequest, CommandRejection> => {
  const actor = decisionActor(tables, command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  if (actor.value.kind !== 'platform')
    return err(moveStanding(actor.value, command.action, tables.properties.get(command.property)));
  const property = propertyIn(tables, command.property);
  if (property.isErr()) return err(property.error);
  const to = agreementIn(tables, command.to);
  if (to.isErr()) return err(to.error);
  return ok({ actor: actor.value, property: property.value, to: to.value });
};
