import { err, ok, type Result } from 'neverthrow';

import type { AgreementTerminated, PlatformOnly } from '../rejections/common';
import { NO_REMEDIES, platformOnly, terminated } from '../rejections/refusals';
import type { RejectionOf } from '../rejections/rejection';
import type { Actor } from '../values/account';
import type { PropertyId } from '../values/ids';
import type { LegalEntityId } from '../values/legalEntityId';
import type { Property, PropertyLink } from '../values/property';
import type { MovePropertyRequest } from '../values/requests';
import type { Allowed } from './decision';
import { reaches } from './reach';
import { propertyRecord } from './records';

// Moving a property to another agreement, which re-contracting (PA-18) and a change of ownership
// (PA-18, CX-5) share: the standing, the decision and the moved record. Each action adds its own.

/** Why the property cannot be moved to the agreement. */
export type MovePropertyRejection =
  | PlatformOnly
  | AgreementTerminated
  | RejectionOf<'property_already_in_agreement', { readonly property: PropertyId; readonly agreement: LegalEntityId }>;

/** The property to persist, linked to its new agreement, and the link it had. */
export interface PropertyRecontracted extends Allowed {
  readonly property: Property;
  readonly previous: PropertyLink;
}

/**
 * PA-18: only the platform moves a property. An account is refused whatever the property and the
 * agreement; it is offered to ask for the move only for a property it reaches (`property` is the
 * record of the property named, or `undefined` when it sees none).
 */
export const moveStanding = (
  actor: Exclude<Actor, { readonly kind: 'platform' }>,
  operation: 'recontract_property' | 'change_ownership',
  property: Property | undefined,
  reached?: ReadonlySet<PropertyId>,
): PlatformOnly =>
  platformOnly(
    actor,
    operation,
    property !== undefined && reaches(actor, property, reached)
      ? [{ kind: operation, rule: 'PA-18', property: property.id }]
      : NO_REMEDIES,
  );

/**
 * The checks a re-contract and a change of ownership share. A property moves to another agreement
 * only: into the one it is linked to already it is neither re-contracted nor handed to another
 * owner or contract, as PA-18 says.
 */
export const decideMove = (
  { actor, property, to }: MovePropertyRequest,
  operation: 'recontract_property' | 'change_ownership',
): Result<Allowed, MovePropertyRejection> => {
  if (actor.kind !== 'platform') return err(moveStanding(actor, operation, property));
  if (to.status === 'terminated') return err(terminated(to));
  if (property.link.kind === 'agreement' && property.link.leid === to.leid) {
    return err({
      code: 'property_already_in_agreement',
      rules: ['PA-18'],
      facts: { property: property.id, agreement: to.leid },
      remedies: [],
    });
  }
  // A new owner also means the previous owner's accounts lose their access (CX-5).
  return ok({ rules: operation === 'change_ownership' ? ['PA-18', 'CX-5'] : ['PA-18'] });
};

/** The property linked to `to`, and the link it leaves. */
export const moved = ({
  property,
  to,
}: MovePropertyRequest): { readonly property: Property; readonly previous: PropertyLink } => ({
  property: propertyRecord({ id: property.id, link: { kind: 'agreement', leid: to.leid } }),
  previous: property.link,
});
