import type { ActorRef } from '../values/actorRef';
import type { AgreementStatus } from '../values/agreement';
import type { AccountId, InvitationId, PropertyId } from '../values/ids';
import type { Instant } from '../values/instant';
import type { InvitationState } from '../values/invitation';
import type { LegalEntityId } from '../values/legalEntityId';
import type { LoginName } from '../values/loginName';
import type { NonEmptyArray } from '../values/problem';
import type { RejectionOf } from './rejection';

// Rejections that more than one action can return. Each action's union names the ones it uses.

/** CX-1: only an admin of the property may do this. */
export type ActorNotAdmin = RejectionOf<'actor_not_admin', { readonly actor: ActorRef; readonly property: PropertyId }>;

/** The agreement is terminated, so nothing more can be done under it (PA-18). */
export type AgreementTerminated = RejectionOf<
  'agreement_is_terminated',
  { readonly agreement: LegalEntityId; readonly status: AgreementStatus }
>;

/** The agreement given is not the one the primary account belongs to (PA-1). */
export type AgreementMismatch = RejectionOf<
  'agreement_mismatch',
  { readonly primary: AccountId; readonly primaryAgreement: LegalEntityId; readonly givenAgreement: LegalEntityId }
>;

/** PA-18, PA-9: only the platform re-contracts, changes ownership, terminates or makes a primary account. */
export type PlatformOnly = RejectionOf<
  'platform_operation_only',
  {
    readonly actor: ActorRef;
    readonly operation: 'recontract_property' | 'change_ownership' | 'terminate_agreement' | 'grant_primary_account';
  }
>;

/** PA-9, PA-8: the account asking for a primary account is one already. */
export type AlreadyPrimaryAccount = RejectionOf<'already_primary_account', { readonly account: AccountId }>;

/** PA-9, PA-1: the agreement already has its one primary account. */
export type AgreementHasPrimary = RejectionOf<
  'agreement_has_primary',
  { readonly agreement: LegalEntityId; readonly primary: AccountId }
>;

/** CX-6: the invitation is expired, revoked or already accepted. */
export type InvitationNotPending = RejectionOf<
  'invitation_not_pending',
  { readonly invitation: InvitationId; readonly state: Exclude<InvitationState, 'pending'>; readonly since: Instant }
>;

/** CX-4: another account already has this login. */
export type LoginTaken = RejectionOf<'login_taken', { readonly login: LoginName; readonly holder: AccountId }>;

/** PA-15: access rights must be chosen; an empty choice gives nothing. */
export type NoAccessRightsChosen = RejectionOf<'no_access_rights_chosen', { readonly property: PropertyId }>;

/** CX-1: the account does not reach the property, so there is nothing to change or remove there. */
export type PropertyNotReached = RejectionOf<
  'property_not_reached',
  { readonly account: AccountId; readonly property: PropertyId }
>;

/** PA-7: nobody can reduce or remove the admin rights of a primary account. */
export type PrimaryAdminRightsLocked = RejectionOf<
  'primary_admin_rights_locked',
  { readonly account: AccountId; readonly agreement: LegalEntityId }
>;

/** CX-2: the rights would change for properties the actor is not an admin of. */
export type RightsReachOtherProperties = RejectionOf<
  'rights_reach_other_properties',
  { readonly account: AccountId; readonly properties: NonEmptyArray<PropertyId> }
>;
