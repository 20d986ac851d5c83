import { err } from 'neverthrow';
import { addPropertyDecision } from '../../rules/addProperty';
import { changeOwnershipDecision } from '../../rules/changeOwnership';
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
import { idTaken, notFound } from '../rejection';
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
  return decisionActor(tables, command.actor, command.action).andThen((actor) =>
    agreementIn(tables, command.agreement).andThen((agreement) =>
      // An agreement without a primary account is the decision's to refuse, with its remedies (PA-9, PA-11).
      addPropertyDecision
        .actChecked({ actor, primary: primaryOf(tables, agreement.leid), agreement, property, origin })
        .map((added): Accepted =>
          acceptedWith(added.rules, [
            existing === undefined
              ? { kind: 'property_registered', at, property: added.property, primary: added.primary }
              : {
                  kind: 'property_linked',
                  at,
                  property: added.property,
                  previous: existing.link,
                  primary: added.primary,
                },
          ]),
        ),
    ),
  );
};

/** PA-17, CX-1: an admin removes an account's access to a property; never a primary's. */
export const onRemoveProperty = (tables: Tables, command: CommandFor<'remove_property'>): HandlerResult =>
  accountActor(tables, command.actor, command.action).andThen((actor) =>
    accountIn(tables, command.account).andThen((account) =>
      propertyIn(tables, command.property).andThen((property) =>
        removePropertyDecision.actChecked({ actor, account, property }).map((removed): Accepted =>
          acceptedWith(removed.rules, [
            {
              kind: 'access_removed',
              at: command.now,
              account: removed.account,
              property: removed.property,
              by: actorRef(actor),
            },
          ]),
        ),
      ),
    ),
  );

/** PA-18: the platform re-contracts a property to another agreement. */
export const onRecontractProperty = (tables: Tables, command: CommandFor<'recontract_property'>): HandlerResult =>
  decisionActor(tables, command.actor, command.action).andThen((actor) =>
    propertyIn(tables, command.property).andThen((property) =>
      agreementIn(tables, command.to).andThen((to) =>
        recontractPropertyDecision
          .actChecked({ actor, property, to })
          .map((moved): Accepted =>
            acceptedWith(moved.rules, [
              { kind: 'property_recontracted', at: command.now, property: moved.property, previous: moved.previous },
            ]),
          ),
      ),
    ),
  );

/** PA-18, CX-5: the platform hands a property to a new owner; the old access and invitations go. */
export const onChangeOwnership = (tables: Tables, command: CommandFor<'change_ownership'>): HandlerResult =>
  decisionActor(tables, command.actor, command.action).andThen((actor) =>
    propertyIn(tables, command.property).andThen((property) =>
      agreementIn(tables, command.to).andThen((to) =>
        changeOwnershipDecision
          .actChecked({
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
          ),
      ),
    ),
  );

/** PA-18: the platform terminates an agreement; its portfolio leaves it, unlinked. */
export const onTerminateAgreement = (tables: Tables, command: CommandFor<'terminate_agreement'>): HandlerResult =>
  decisionActor(tables, command.actor, command.action).andThen((actor) =>
    agreementIn(tables, command.agreement).andThen((agreement) =>
      terminateAgreementDecision
        .actChecked({ actor, agreement, portfolio: portfolioIn(tables, agreement.leid) })
        .map((ended): Accepted =>
          acceptedWith(ended.rules, [
            { kind: 'agreement_terminated', at: command.now, agreement: ended.agreement, unlinked: ended.unlinked },
          ]),
        ),
    ),
  );
