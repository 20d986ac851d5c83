import type { Email } from '../values/email';
import type { InvitationId, PropertyId } from '../values/ids';
import type { Instant } from '../values/instant';
import type { LegalEntityId } from '../values/legalEntityId';

/**
 * A next step the policy offers instead of what was refused, keyed by `kind`, with the rule
 * that makes it possible and the facts it needs.
 */
export type Remedy =
  | { readonly kind: 'create_non_primary_account'; readonly rule: 'PA-12'; readonly property: PropertyId }
  | { readonly kind: 'invite_instead'; readonly rule: 'PA-15'; readonly property: PropertyId; readonly email: Email }
  | { readonly kind: 'request_primary_account'; readonly rule: 'PA-9'; readonly agreement: LegalEntityId | null }
  | { readonly kind: 'grant_primary_account'; readonly rule: 'PA-9'; readonly agreement: LegalEntityId }
  | { readonly kind: 'ask_primary_account'; readonly rule: 'PA-10'; readonly agreement: LegalEntityId | null }
  | { readonly kind: 'ask_property_admin'; readonly rule: 'CX-1'; readonly property: PropertyId }
  | { readonly kind: 'ask_platform_to_attach'; readonly rule: 'PA-4'; readonly property: PropertyId }
  | { readonly kind: 'recontract_property'; readonly rule: 'PA-18'; readonly property: PropertyId }
  | { readonly kind: 'change_ownership'; readonly rule: 'PA-18'; readonly property: PropertyId }
  | { readonly kind: 'terminate_agreement'; readonly rule: 'PA-18'; readonly agreement: LegalEntityId | null }
  | { readonly kind: 'choose_another_login'; readonly rule: 'CX-4' }
  | { readonly kind: 'choose_access_rights'; readonly rule: 'PA-15' | 'LIB-2' }
  | {
      readonly kind: 'wait_for_invitation';
      readonly rule: 'CX-6';
      readonly invitation: InvitationId;
      readonly expiresAt: Instant;
    }
  | { readonly kind: 'send_new_invitation'; readonly rule: 'CX-6'; readonly property: PropertyId };

/** The kinds of remedy, derived from the union. */
export type RemedyKind = Remedy['kind'];

/** The three ways a property can leave a primary account (PA-18), the remedies of PA-17. */
export const leavingRemedies = (property: PropertyId, agreement: LegalEntityId | null): readonly Remedy[] => [
  { kind: 'recontract_property', rule: 'PA-18', property },
  { kind: 'change_ownership', rule: 'PA-18', property },
  { kind: 'terminate_agreement', rule: 'PA-18', agreement },
];
