import type { Account, Actor, NonPrimaryAccount } from '../values/account';
import { actorRef } from '../values/actorRef';
import type { PartnerAgreement } from '../values/agreement';
import { deepFreeze } from '../values/frozen';
import type { AccountId, PropertyId } from '../values/ids';
import { expiresAt, type Invitation, type InvitationState } from '../values/invitation';
import type { LegalEntityId } from '../values/legalEntityId';
import type { LoginName } from '../values/loginName';
import type {
  ActorNotAdmin,
  AgreementHasPrimary,
  AgreementTerminated,
  AlreadyPrimaryAccount,
  InvitationNotPending,
  LoginTaken,
  NoAccessRightsChosen,
  PlatformOnly,
  PrimaryAdminRightsLocked,
  PropertyNotReached,
  RightsReachOtherProperties,
} from './common';
import type { Remedy } from './remedy';

// The rejections several actions share, built in one place so their facts and remedies agree.

// Rule lists several rejections cite, made once and frozen.
const CX_1 = Object.freeze(['CX-1'] as const);
const PA_9 = Object.freeze(['PA-9'] as const);
const PA_18 = Object.freeze(['PA-18'] as const);

/** No remedy: one frozen empty list, shared. */
export const NO_REMEDIES: readonly never[] = Object.freeze([]);

// Built frozen part by part, as a listing refuses it at every property the actor does not
// administer: an answer that holds it does not walk it again to freeze it.
export const actorNotAdmin = (actor: Actor, property: PropertyId): ActorNotAdmin =>
  Object.freeze({
    code: 'actor_not_admin',
    rules: CX_1,
    facts: Object.freeze({ actor: Object.freeze(actorRef(actor)), property }),
    remedies: Object.freeze([Object.freeze({ kind: 'ask_property_admin', rule: 'CX-1', property } as const)]),
  });

export const terminated = (agreement: PartnerAgreement): AgreementTerminated => ({
  code: 'agreement_is_terminated',
  rules: ['PA-18'],
  facts: { agreement: agreement.leid, status: agreement.status },
  remedies: [],
});

export const platformOnly = (
  actor: Actor,
  operation: PlatformOnly['facts']['operation'],
  remedies: readonly Remedy[],
): PlatformOnly =>
  // Frozen as built, its remedies with it (a shared frozen list is not walked): a listing refuses
  // a move at every property it names.
  Object.freeze({
    code: 'platform_operation_only',
    // Making a primary account is the platform's under PA-9; the other operations are PA-18's.
    rules: operation === 'grant_primary_account' ? PA_9 : PA_18,
    facts: Object.freeze({ actor: Object.freeze(actorRef(actor)), operation }),
    remedies: deepFreeze(remedies),
  });

/** PA-9, PA-8: a primary account does not ask for one; it is one. */
export const alreadyPrimary = (account: AccountId): AlreadyPrimaryAccount => ({
  code: 'already_primary_account',
  rules: ['PA-9', 'PA-8'],
  facts: { account },
  remedies: [],
});

export const hasPrimary = (
  agreement: LegalEntityId,
  primary: AccountId,
  remedies: readonly Remedy[],
): AgreementHasPrimary => ({
  code: 'agreement_has_primary',
  rules: ['PA-9', 'PA-1'],
  facts: { agreement, primary },
  remedies,
});

export const loginTaken = (login: LoginName, holder: AccountId): LoginTaken => ({
  code: 'login_taken',
  rules: ['CX-4'],
  facts: { login, holder },
  remedies: [{ kind: 'choose_another_login', rule: 'CX-4' }],
});

/**
 * An empty choice of rights: an invitation must carry chosen rights (PA-15); an account made or
 * changed by an admin must hold at least one right, which is the library's own rule (LIB-2).
 */
export const noRights = (property: PropertyId, rule: 'PA-15' | 'LIB-2'): NoAccessRightsChosen => ({
  code: 'no_access_rights_chosen',
  rules: [rule],
  facts: { property },
  remedies: [{ kind: 'choose_access_rights', rule }],
});

export const notReached = (account: AccountId, property: PropertyId): PropertyNotReached => ({
  code: 'property_not_reached',
  rules: ['CX-1'],
  facts: { account, property },
  remedies: [],
});

/** CX-6: the rejection for an invitation that is no longer pending at `now`. */
export const notPending = (
  invitation: Invitation,
  state: Exclude<InvitationState, 'pending'>,
): InvitationNotPending => ({
  code: 'invitation_not_pending',
  rules: ['CX-6'],
  facts: {
    invitation: invitation.id,
    state,
    since:
      invitation.status.kind === 'pending' || invitation.status.kind === 'expired'
        ? expiresAt(invitation)
        : invitation.status.at,
  },
  remedies: state === 'accepted' ? [] : [{ kind: 'send_new_invitation', rule: 'CX-6', property: invitation.property }],
});

/** PA-7, CX-3: a primary account's admin rights cannot be reduced or removed. */
export const adminLocked = (target: Account & { readonly kind: 'primary' }): PrimaryAdminRightsLocked => ({
  code: 'primary_admin_rights_locked',
  rules: ['PA-7', 'CX-3'],
  facts: { account: target.id, agreement: target.agreement },
  remedies: [],
});

/**
 * CX-2, CX-1: rights are account-wide, and the target reaches `outside`, properties the actor is
 * no admin of; inviting the person to a new account is open instead (PA-15).
 */
export const reachesOthers = (
  target: NonPrimaryAccount,
  property: PropertyId,
  outside: RightsReachOtherProperties['facts']['properties'],
): RightsReachOtherProperties => ({
  code: 'rights_reach_other_properties',
  rules: ['CX-2', 'CX-1'],
  facts: { account: target.id, properties: outside },
  remedies: [{ kind: 'invite_instead', rule: 'PA-15', property, email: target.email }],
});
