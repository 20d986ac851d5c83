import { err, ok, type Result } from 'neverthrow';
import { addPropertyDecision } from '../../rules/addProperty';
import { changeOwnershipDecision } from '../../rules/changeOwnership';
import type { MovePropertyRequest } from '../../rules/moveProperty';
import { recontractPropertyDecision } from '../../rules/recontractProperty';
import { removePropertyDecision } from '../../rules/removeProperty';
import { terminateAgreementDecision } from '../../rules/terminateAgreement';
import { actorRef } from '../../values/actorRef';
import { UNLINKED } from '../../values/property';
import type { CommandFor } from '../command';
import {
  accountActor,
  accountIn,
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

/**
 * PA-3, PA-4, PA-5, PA-6, PA-10, PA-11: a property comes to the primary account of an agreement.
 * A new registration makes the property; the other origins take an existing listing, or make it
 * when an assigned LEID came with a new property (PA-5).
 */
export const onAddProperty = (tables: Tables, command: CommandFor<'add_property'>): HandlerResult => {
  const { now: at, origin } = command;
  const existing = tables.properties.get(command.property);
  if (existing !== undefined && origin.kind === 'new_registration') return err(idTaken('property', command.property));
  if (existing === undefined && origin.kind === 'existing_listing') return err(notFound('property', command.property));
  const property = existing ?? { id: command.property, link: UNLINKED };
  const actor = decisionActor(tables, command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const agreement = agreementIn(tables, command.agreement);
  if (agreement.isErr()) return err(agreement.error);
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
  const account = accountIn(tables, command.account);
  if (account.isErr()) return err(account.error);
  const property = propertyIn(tables, command.property);
  if (property.isErr()) return err(property.error);
  return removePropertyDecision
    .actOnChecked({ actor: actor.value, account: account.value, property: property.value })
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

// The records a move names, for a re-contract and a change of ownership alike (PA-18).
const moveRequest = (
  tables: Tables,
  command: CommandFor<'recontract_property'> | CommandFor<'change_ownership'>,
): Result<MovePropertyRequest, CommandRejection> => {
  const actor = decisionActor(tables, command.actor, command.action);
  if (actor.isErr()) return err(actor.error);
  const property = propertyIn(tables, command.property);
  if (property.isErr()) return err(property.error);
  const to = agreementIn(tables, command.to);
  if (to.isErr()) return err(to.error);
  return ok({ actor: actor.value, property: property.value, to: to.value });
};
