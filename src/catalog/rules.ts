import type { RuleId } from '../rejections/ruleIds';
import { deepFreeze } from '../values/frozen';
import type { NonEmptyArray } from '../values/problem';
import type { RejectionCode } from './rejections';

/** One rule of the policy: what it says, which functions enforce it, which codes it can produce. */
export interface RuleEntry {
  readonly id: RuleId;
  readonly source: 'article' | 'context' | 'library';
  readonly summary: string;
  /** The exported functions that enforce the rule (a type test holds each name to the exports). */
  readonly enforcedBy: NonEmptyArray<string>;
  readonly codes: readonly RejectionCode[];
}

/**
 * The rule catalog: every PA- and CX- rule of the policy, in order. `docs/rules.md` is generated
 * from it (`npm run docs`), and the tests hold it to the code: every function it names is
 * exported, and every rejection names only rules that list its code.
 */
export const RULES = deepFreeze([
  {
    id: 'PA-1',
    source: 'article',
    summary:
      "A primary account belongs to one agreement; its portfolio is derived from the agreement's LEID plus what the platform attached.",
    enforcedBy: [
      'portfolioOf',
      'accessTo',
      'canAddProperty',
      'addProperty',
      'removeProperty',
      'requestPrimaryAccount',
      'grantPrimaryAccount',
    ],
    codes: [
      'agreement_mismatch',
      'property_already_in_portfolio',
      'agreement_has_primary',
      'primary_account_keeps_properties',
    ],
  },
  {
    id: 'PA-2',
    source: 'article',
    summary: 'A primary account cannot take a property linked to another agreement.',
    enforcedBy: ['canAddProperty', 'addProperty'],
    codes: ['property_not_in_agreement', 'property_in_other_agreement', 'assigned_leid_of_other_agreement'],
  },
  {
    id: 'PA-3',
    source: 'article',
    summary: 'A primary account cannot take a property linked to no agreement, unless PA-4 or PA-5 applies.',
    enforcedBy: ['canAddProperty', 'addProperty'],
    codes: ['property_not_in_agreement', 'partner_not_existing_at_assignment'],
  },
  {
    id: 'PA-4',
    source: 'article',
    summary:
      'The platform, acting internally, may attach an unlinked property to a primary account; the property stays unlinked.',
    enforcedBy: ['canAddProperty', 'addProperty', 'portfolioOf'],
    codes: [
      'property_attached_to_other_primary',
      'platform_attaches_existing_listings_only',
      'agreement_has_no_primary',
    ],
  },
  {
    id: 'PA-5',
    source: 'article',
    summary:
      'A partner that already existed when it was assigned an LEID while adding a new property may add that property.',
    enforcedBy: ['canAddProperty', 'addProperty'],
    codes: ['assigned_leid_of_other_agreement', 'partner_not_existing_at_assignment'],
  },
  {
    id: 'PA-6',
    source: 'article',
    summary: "Every property a primary account adds becomes linked to that account's agreement.",
    enforcedBy: ['addProperty'],
    codes: [],
  },
  {
    id: 'PA-7',
    source: 'article',
    summary: "A primary account's admin access rights can never be removed or reduced.",
    enforcedBy: ['canSetAccessRights', 'setAccessRights', 'canRevokeAdmin', 'revokeAdmin', 'grantAdmin', 'accessTo'],
    codes: ['primary_admin_rights_locked', 'already_admin'],
  },
  {
    id: 'PA-8',
    source: 'article',
    summary: 'Anyone can see which kind of account they hold; a primary shows "primary account" under its name.',
    enforcedBy: ['accountType', 'explainAccountKind', 'requestPrimaryAccount'],
    codes: ['already_primary_account'],
  },
  {
    id: 'PA-9',
    source: 'article',
    summary:
      'A non-primary account can ask the platform for a primary account, never create one; the result is a support request, which the platform answers by making the account.',
    enforcedBy: ['canRequestPrimaryAccount', 'requestPrimaryAccount', 'canGrantPrimaryAccount', 'grantPrimaryAccount'],
    codes: ['already_primary_account', 'agreement_has_primary', 'platform_operation_only'],
  },
  {
    id: 'PA-10',
    source: 'article',
    summary: 'Registering a property under the agreement needs its primary account to be the one logged in.',
    enforcedBy: ['canAddProperty', 'addProperty'],
    codes: ['actor_is_not_this_primary', 'agreement_has_no_primary'],
  },
  {
    id: 'PA-11',
    source: 'article',
    summary: 'Non-primary accounts are blocked from registering more properties.',
    enforcedBy: ['canAddProperty', 'addProperty'],
    codes: ['non_primary_cannot_add_property'],
  },
  {
    id: 'PA-12',
    source: 'article',
    summary:
      'A property outside the agreement gets a new non-primary account, with its own login, that holds the property.',
    enforcedBy: ['canCreateUser', 'createUser'],
    codes: ['login_same_as_creator'],
  },
  {
    id: 'PA-13',
    source: 'article',
    summary: "Users outside the partner agreement can be given access to a property's extranet.",
    enforcedBy: ['canAddUser', 'addUser', 'createUser'],
    codes: [],
  },
  {
    id: 'PA-14',
    source: 'article',
    summary:
      "An existing non-primary user is added by username and email of one account; the adding admin reviews that user's rights.",
    enforcedBy: ['canAddUser', 'addUser'],
    codes: ['user_not_found', 'username_email_mismatch', 'user_is_primary_account', 'user_already_has_access'],
  },
  {
    id: 'PA-15',
    source: 'article',
    summary:
      'A person with a primary account, or none, is invited by name and email with chosen rights; the invitation goes by email.',
    enforcedBy: ['canInvite', 'invite', 'addUser', 'createUser', 'setAccessRights'],
    codes: ['no_access_rights_chosen', 'invitation_already_pending', 'user_is_primary_account'],
  },
  {
    id: 'PA-16',
    source: 'article',
    summary:
      "Accepting an invitation creates a new non-primary account whose login differs from the invitee's primary login.",
    enforcedBy: ['canAcceptInvitation', 'acceptInvitation'],
    codes: ['login_same_as_primary'],
  },
  {
    id: 'PA-17',
    source: 'article',
    summary: 'Properties cannot be removed from a primary account.',
    enforcedBy: ['canRemoveProperty', 'removeProperty'],
    codes: ['primary_account_keeps_properties'],
  },
  {
    id: 'PA-18',
    source: 'article',
    summary:
      'A property leaves a primary account only by re-contracting, a change of ownership, or termination: platform operations.',
    enforcedBy: [
      'recontractProperty',
      'changeOwnership',
      'terminateAgreement',
      'canRecontractProperty',
      'canChangeOwnership',
      'canTerminateAgreement',
      'addProperty',
      'requestPrimaryAccount',
    ],
    codes: ['agreement_is_terminated', 'platform_operation_only', 'property_already_in_agreement'],
  },
  {
    id: 'CX-1',
    source: 'context',
    summary:
      'Only an admin of a property (its primary, or a non-primary account with admin over it) manages its users and access.',
    enforcedBy: [
      'createUser',
      'addUser',
      'invite',
      'revokeInvitation',
      'removeProperty',
      'setAccessRights',
      'grantAdmin',
      'revokeAdmin',
    ],
    codes: [
      'actor_not_admin',
      'invitation_for_other_property',
      'property_not_reached',
      'rights_reach_other_properties',
    ],
  },
  {
    id: 'CX-2',
    source: 'context',
    summary: 'Access rights of a non-primary account are account-wide: they apply to every property it reaches.',
    enforcedBy: ['setAccessRights', 'grantAdmin', 'revokeAdmin', 'accessTo'],
    codes: ['rights_reach_other_properties', 'access_rights_unchanged'],
  },
  {
    id: 'CX-3',
    source: 'context',
    summary:
      'An admin can grant admin to a non-primary account that reaches the property, and take it back; never from the primary.',
    enforcedBy: ['canGrantAdmin', 'grantAdmin', 'canRevokeAdmin', 'revokeAdmin', 'setAccessRights'],
    codes: ['primary_admin_rights_locked', 'already_admin', 'not_admin'],
  },
  {
    id: 'CX-4',
    source: 'context',
    summary: 'Login names are unique on the platform; one email may belong to several accounts.',
    enforcedBy: ['createUser', 'acceptInvitation', 'grantPrimaryAccount'],
    codes: ['login_taken'],
  },
  {
    id: 'CX-5',
    source: 'context',
    summary:
      'After a change of ownership, no account of the previous owner keeps access unless the new owner grants it again.',
    enforcedBy: ['changeOwnership'],
    codes: [],
  },
  {
    id: 'CX-6',
    source: 'context',
    summary:
      'An invitation expires 7 days after it is sent; an expired, revoked or accepted one cannot be accepted. Time is an input.',
    enforcedBy: ['canAcceptInvitation', 'acceptInvitation', 'invite', 'revokeInvitation', 'invitationState'],
    codes: ['invitation_already_pending', 'invitation_not_pending', 'invitation_not_yet_sent'],
  },
  {
    id: 'CX-7',
    source: 'context',
    summary:
      "Logins compare as RFC 8265's UsernameCaseMapped profile does (trimmed, width-mapped, lower case, NFC), hold only RFC 8264's IdentifierClass (no space, symbol, compatibility form, invisible or direction-control character), and no two look alike (one per UTS #39 skeleton); emails compare case-insensitively.",
    enforcedBy: ['loginName', 'loginSkeleton', 'email', 'displayName'],
    codes: [],
  },
  {
    id: 'LIB-1',
    source: 'library',
    summary:
      'A command that would change nothing is refused, so every accepted command records a change: adding what is already there, granting admin to an admin, taking it from a non-admin, setting the rights an account already has.',
    enforcedBy: [
      'canAddProperty',
      'addProperty',
      'canGrantAdmin',
      'grantAdmin',
      'canRevokeAdmin',
      'revokeAdmin',
      'canSetAccessRights',
      'setAccessRights',
    ],
    codes: ['property_already_in_portfolio', 'already_admin', 'not_admin', 'access_rights_unchanged'],
  },
  {
    id: 'LIB-2',
    source: 'library',
    summary:
      'An account an admin creates or changes holds at least one access right: an empty choice would give it nothing to use.',
    enforcedBy: ['canCreateUser', 'createUser', 'canSetAccessRights', 'setAccessRights'],
    codes: ['no_access_rights_chosen'],
  },
] as const satisfies readonly RuleEntry[]);
