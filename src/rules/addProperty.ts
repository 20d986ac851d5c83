import { err, type Result } from 'neverthrow';

import type { AgreementMismatch, AgreementTerminated } from '../rejections/common';
import { terminated } from '../rejections/refusals';
import type { RejectionOf } from '../rejections/rejection';
import { checkAddPropertyRequest } from '../validation/generated';
import type { Actor, NonPrimaryAccount, PrimaryAccount } from '../values/account';
import { type ActorRef, actorRef } from '../values/actorRef';
import type { PartnerAgreement } from '../values/agreement';
import type { AccountId, PropertyId } from '../values/ids';
import type { LegalEntityId } from '../values/legalEntityId';
import type { InvalidInput } from '../values/problem';
import type { Property, PropertyLink, PropertyOrigin } from '../values/property';
import type { AddPropertyRequest } from '../values/requests';
import { type Allowed, allowedBy, decision } from './decision';
import { inPortfolio } from './reach';
import { propertyRecord } from './records';

/** Why a property cannot be added to a primary account. */
export type AddPropertyRejection =
  | AgreementMismatch
  | AgreementTerminated
  | RejectionOf<'non_primary_cannot_add_property', { readonly actor: ActorRef }>
  | RejectionOf<'actor_is_not_this_primary', { readonly actor: ActorRef; readonly agreement: LegalEntityId }>
  | RejectionOf<'agreement_has_no_primary', { readonly actor: ActorRef; readonly agreement: LegalEntityId }>
  | RejectionOf<
      'platform_attaches_existing_listings_only',
      { readonly property: PropertyId; readonly origin: PropertyOrigin['kind'] }
    >
  | RejectionOf<'property_already_in_portfolio', { readonly property: PropertyId; readonly primary: AccountId }>
  | RejectionOf<
      'property_in_other_agreement',
      { readonly property: PropertyId; readonly propertyAgreement: LegalEntityId; readonly agreement: LegalEntityId }
    >
  | RejectionOf<
      'property_attached_to_other_primary',
      { readonly property: PropertyId; readonly attachedTo: LegalEntityId }
    >
  | RejectionOf<'property_not_in_agreement', { readonly property: PropertyId; readonly agreement: LegalEntityId }>
  | RejectionOf<
      'assigned_leid_of_other_agreement',
      { readonly property: PropertyId; readonly assigned: LegalEntityId; readonly agreement: LegalEntityId }
    >
  | RejectionOf<
      'partner_not_existing_at_assignment',
      { readonly property: PropertyId; readonly assigned: LegalEntityId }
    >;

/**
 * What changes when a property is added: the property's new value and the link made, either to
 * the agreement (PA-6) or, when the platform attaches it, to the primary alone (PA-4).
 */
export interface PropertyAdded extends Allowed {
  readonly primary: AccountId;
  readonly property: Property;
  readonly link: PropertyLink;
}

type PrimaryFacts = Pick<PrimaryAccount, 'kind' | 'id' | 'agreement'>;

/**
 * What the decision reads of a request: who acts, the primary account's ID and agreement, the
 * agreement, the property and how it comes. The primary account's other fields (logins, emails,
 * names) play no part in it and are not read.
 */
interface Facts {
  readonly actor: Actor;
  readonly primary: PrimaryFacts | null;
  readonly agreement: PartnerAgreement;
  readonly property: Property;
  readonly origin: PropertyOrigin;
}

// The answers that allow, made once: the registration or the assigned LEID links the property to
// the agreement (PA-6), the platform attaches an existing listing to the primary account (PA-4).
const BY_REGISTRATION = allowedBy('PA-10', 'PA-6');
const BY_ASSIGNED_LEID = allowedBy('PA-5', 'PA-6');
const BY_PLATFORM = allowedBy('PA-4');

/**
 * PA-11: a non-primary account registers no property, whatever the agreement and the property. It
 * is told to ask the agreement's primary account, or to request one where there is none (PA-9):
 * which applies depends on the agreement, of which the refusal tells nothing.
 */
export const nonPrimaryBlocked = (actor: NonPrimaryAccount): AddPropertyRejection => ({
  code: 'non_primary_cannot_add_property',
  rules: ['PA-11'],
  facts: { actor: actorRef(actor) },
  remedies: [
    { kind: 'ask_primary_account', rule: 'PA-10', agreement: null },
    { kind: 'request_primary_account', rule: 'PA-9', agreement: null },
  ],
});

/**
 * Who may add a property to the agreement with `agreement` at all, whatever the property: the
 * platform (PA-4), or that agreement's own primary account (PA-10). Non-primary accounts are
 * blocked (PA-11), and a primary account of another agreement has no standing there. Each refusal
 * depends on the actor alone (and the LEID it named), so it tells nothing of the agreement.
 */
export const addPropertyStanding = (actor: Actor, agreement: LegalEntityId): AddPropertyRejection | null => {
  switch (actor.kind) {
    case 'non_primary':
      return nonPrimaryBlocked(actor);
    case 'primary':
      return actor.agreement === agreement
        ? null
        : {
            code: 'actor_is_not_this_primary',
            rules: ['PA-10'],
            facts: { actor: actorRef(actor), agreement },
            remedies: [],
          };
    case 'platform':
      return null;
  }
};

// The platform attaches existing listings; what is registered new, the primary account registers.
const platformOrigin = ({ primary, agreement, property, origin }: Facts): AddPropertyRejection | null =>
  origin.kind === 'existing_listing'
    ? null
    : {
        code: 'platform_attaches_existing_listings_only',
        rules: ['PA-4'],
        facts: { property: property.id, origin: origin.kind },
        remedies: primary === null ? [] : [{ kind: 'ask_primary_account', rule: 'PA-10', agreement: agreement.leid }],
      };

// Nothing can be added to a primary account that is not there (PA-10, PA-4). Only the platform
// can make it (PA-9), and it is the one attaching.
const noPrimary = (actor: Actor, agreement: PartnerAgreement): AddPropertyRejection => ({
  code: 'agreement_has_no_primary',
  rules: ['PA-10', 'PA-4'],
  facts: { actor: actorRef(actor), agreement: agreement.leid },
  remedies:
    actor.kind === 'platform' ? [{ kind: 'grant_primary_account', rule: 'PA-9', agreement: agreement.leid }] : [],
});

// PA-2, PA-3: a primary account takes only a property that is new and unlinked; whatever else it
// names (another agreement's, one the platform attached elsewhere, an unlinked listing, or none at
// all) gets this one answer, which tells nothing of that property.
const outsideAgreement = (property: Property, agreement: PartnerAgreement): AddPropertyRejection => ({
  code: 'property_not_in_agreement',
  rules: ['PA-2', 'PA-3'],
  facts: { property: property.id, agreement: agreement.leid },
  remedies: [
    { kind: 'create_non_primary_account', rule: 'PA-12', property: property.id },
    { kind: 'ask_platform_to_attach', rule: 'PA-4', property: property.id },
  ],
});

// What the property's current link allows, once the actor may add.
const linkDecision = (request: Facts, primary: PrimaryFacts): Result<Allowed, AddPropertyRejection> => {
  const { actor, agreement, property, origin } = request;
  if (inPortfolio(primary, property)) {
    return err({
      code: 'property_already_in_portfolio',
      rules: ['LIB-1', 'PA-1'],
      facts: { property: property.id, primary: primary.id },
      remedies: [],
    });
  }
  if (actor.kind !== 'platform') {
    if (origin.kind === 'existing_listing' || property.link.kind !== 'none')
      return err(outsideAgreement(property, agreement));
    return originDecision(origin, property, agreement);
  }
  // The platform sees every agreement: it is told which one holds the property.
  switch (property.link.kind) {
    case 'agreement':
      return err({
        code: 'property_in_other_agreement',
        rules: ['PA-2'],
        facts: { property: property.id, propertyAgreement: property.link.leid, agreement: agreement.leid },
        remedies: [{ kind: 'create_non_primary_account', rule: 'PA-12', property: property.id }],
      });
    case 'attached':
      return err({
        code: 'property_attached_to_other_primary',
        rules: ['PA-4'],
        facts: { property: property.id, attachedTo: property.link.primaryOf },
        remedies: [{ kind: 'create_non_primary_account', rule: 'PA-12', property: property.id }],
      });
    case 'none':
      return BY_PLATFORM;
  }
};

// A new property registered by the primary account: through "Add new property" (PA-10), or with
// the LEID the platform assigned while it was added (PA-5).
const originDecision = (
  origin: Exclude<PropertyOrigin, { readonly kind: 'existing_listing' }>,
  property: Property,
  agreement: PartnerAgreement,
): Result<Allowed, AddPropertyRejection> => {
  switch (origin.kind) {
    case 'new_registration':
      return BY_REGISTRATION;
    case 'assigned_leid':
      if (origin.leid !== agreement.leid) {
        return err({
          code: 'assigned_leid_of_other_agreement',
          rules: ['PA-5', 'PA-2'],
          facts: { property: property.id, assigned: origin.leid, agreement: agreement.leid },
          remedies: [{ kind: 'create_non_primary_account', rule: 'PA-12', property: property.id }],
        });
      }
      if (!origin.partnerExisted) {
        return err({
          code: 'partner_not_existing_at_assignment',
          rules: ['PA-5', 'PA-3'],
          facts: { property: property.id, assigned: origin.leid },
          remedies: [{ kind: 'create_non_primary_account', rule: 'PA-12', property: property.id }],
        });
      }
      return BY_ASSIGNED_LEID;
  }
};

/** An allowed addition, and the primary account that takes the property. */
interface Verdict extends Allowed {
  readonly primary: PrimaryFacts;
}

const decide = (request: Facts): Result<Verdict, AddPropertyRejection> => {
  const { actor, primary, agreement } = request;
  const standing = addPropertyStanding(actor, agreement.leid);
  if (standing !== null) return err(standing);
  if (primary !== null && agreement.leid !== primary.agreement) {
    return err({
      code: 'agreement_mismatch',
      rules: ['PA-1'],
      facts: { primary: primary.id, primaryAgreement: primary.agreement, givenAgreement: agreement.leid },
      remedies: [],
    });
  }
  // The actor is this agreement's primary account, so the primary given must be it (INV-2).
  if (actor.kind === 'primary' && primary !== null && primary.id !== actor.id)
    return err({
      code: 'actor_is_not_this_primary',
      rules: ['PA-10'],
      facts: { actor: actorRef(actor), agreement: agreement.leid },
      remedies: [],
    });
  if (agreement.status === 'terminated') return err(terminated(agreement));
  const origin = actor.kind === 'platform' ? platformOrigin(request) : null;
  if (origin !== null) return err(origin);
  if (primary === null) return err(noPrimary(actor, agreement));
  return linkDecision(request, primary).map(({ rules }) => ({ rules, primary }));
};

// Only the platform may add an existing listing (PA-4): it attaches it to the primary account.
// Every other way in links the property to the agreement (PA-6).
const apply = ({ agreement, property, origin }: Facts, { rules, primary }: Verdict): PropertyAdded => {
  const link: PropertyLink =
    origin.kind === 'existing_listing'
      ? { kind: 'attached', primaryOf: agreement.leid }
      : { kind: 'agreement', leid: agreement.leid };
  return { rules, primary: primary.id, property: propertyRecord({ id: property.id, link }), link };
};

export const addPropertyDecision = decision(checkAddPropertyRequest, decide, apply);

/**
 * Whether a property may be added to a primary account, and under which rules. Who acts is
 * looked at first: a non-primary account, or the primary account of another agreement, is refused
 * whatever the agreement and the property are.
 *
 * Enforces PA-2, PA-3, PA-4, PA-5, PA-10, PA-11 (and PA-1, PA-18 for the agreement).
 * Rejection codes: `non_primary_cannot_add_property`, `actor_is_not_this_primary`,
 * `agreement_mismatch`, `agreement_is_terminated`, `platform_attaches_existing_listings_only`,
 * `agreement_has_no_primary`, `property_already_in_portfolio`, `property_not_in_agreement` (a
 * primary account taking a listing, or a property of another agreement), and for the platform
 * `property_in_other_agreement`, `property_attached_to_other_primary`; `assigned_leid_of_other_agreement`,
 * `partner_not_existing_at_assignment`; or `invalid_input`.
 *
 * @example
 * canAddProperty({ actor: primary, primary, agreement, property, origin: { kind: 'new_registration' } });
 * // ok({ rules: ['PA-10', 'PA-6'] })
 */
export const canAddProperty: (request: AddPropertyRequest) => Result<Allowed, AddPropertyRejection | InvalidInput> =
  addPropertyDecision.can;

/**
 * Adds a property to a primary account: the same decision as {@link canAddProperty}, and on
 * success the property's new value, linked to the agreement (PA-6) or attached by the platform
 * (PA-4), for the caller to persist.
 *
 * @example
 * addProperty({ actor: primary, primary, agreement, property, origin: { kind: 'new_registration' } });
 * // ok({ rules: ['PA-10', 'PA-6'], primary: 'acc-1', link: { kind: 'agreement', leid: 4711 }, property: { ... } })
 */
export const addProperty: (request: AddPropertyRequest) => Result<PropertyAdded, AddPropertyRejection | InvalidInput> =
  addPropertyDecision.act;
