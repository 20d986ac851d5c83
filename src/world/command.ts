import { literal, object, variant } from '../validation/check';
import type { PropertyOrigin } from '../rules/addProperty';
import {
  isAccountId,
  isDisplayName,
  isEmail,
  isInstant,
  isInvitationId,
  isLeid,
  isLogin,
  isOrigin,
  isPropertyId,
  isRights,
} from '../validation/values';
import type { AccessRights } from '../values/accessRights';
import type { DisplayName } from '../values/displayName';
import type { Email } from '../values/email';
import type { AccountId, InvitationId, PropertyId } from '../values/ids';
import type { Instant } from '../values/instant';
import type { LegalEntityId } from '../values/legalEntityId';
import type { LoginName } from '../values/loginName';

/**
 * Who issues a command: a logged-in account, the platform acting internally, or an invitee
 * following the link in an invitation (who has no account yet).
 */
export type CommandActor =
  { readonly kind: 'account'; readonly id: AccountId } | { readonly kind: 'platform' } | { readonly kind: 'invitee' };

interface CommandOf<Action extends string> {
  readonly action: Action;
  readonly actor: CommandActor;
  /** When the command happens. Time is an input; the world reads no clock. */
  readonly now: Instant;
}

/**
 * Something an actor asks the world to do, with its arguments. A discriminated union on
 * `action`; each variant names the records it acts on by ID.
 */
export type Command =
  | (CommandOf<'add_property'> & {
      readonly agreement: LegalEntityId;
      readonly property: PropertyId;
      readonly origin: PropertyOrigin;
    })
  | (CommandOf<'request_primary_account'> & { readonly agreement: LegalEntityId })
  | (CommandOf<'grant_primary_account'> & {
      readonly agreement: LegalEntityId;
      readonly account: {
        readonly id: AccountId;
        readonly login: LoginName;
        readonly email: Email;
        readonly name: DisplayName;
      };
    })
  | (CommandOf<'create_user'> & {
      readonly property: PropertyId;
      readonly user: {
        readonly id: AccountId;
        readonly login: LoginName;
        readonly email: Email;
        readonly name: DisplayName;
        readonly rights: AccessRights;
      };
    })
  | (CommandOf<'add_user'> & { readonly property: PropertyId; readonly username: LoginName; readonly email: Email })
  | (CommandOf<'invite'> & {
      readonly property: PropertyId;
      readonly invitee: {
        readonly id: InvitationId;
        readonly name: DisplayName;
        readonly email: Email;
        readonly rights: AccessRights;
      };
    })
  | (CommandOf<'accept_invitation'> & {
      readonly invitation: InvitationId;
      readonly account: AccountId;
      readonly login: LoginName;
    })
  | (CommandOf<'revoke_invitation'> & { readonly invitation: InvitationId })
  | (CommandOf<'remove_property'> & { readonly account: AccountId; readonly property: PropertyId })
  | (CommandOf<'set_access_rights'> & {
      readonly account: AccountId;
      readonly property: PropertyId;
      readonly rights: AccessRights;
    })
  | (CommandOf<'grant_admin'> & { readonly account: AccountId; readonly property: PropertyId })
  | (CommandOf<'revoke_admin'> & { readonly account: AccountId; readonly property: PropertyId })
  | (CommandOf<'recontract_property'> & { readonly property: PropertyId; readonly to: LegalEntityId })
  | (CommandOf<'change_ownership'> & { readonly property: PropertyId; readonly to: LegalEntityId })
  | (CommandOf<'terminate_agreement'> & { readonly agreement: LegalEntityId });

/** The name of a command's action. */
export type Action = Command['action'];

/** A command of one action. */
export type CommandFor<A extends Action> = Extract<Command, { readonly action: A }>;

const isCommandActor = variant('kind', {
  account: object({ kind: literal('account'), id: isAccountId }),
  platform: object({ kind: literal('platform') }),
  invitee: object({ kind: literal('invitee') }),
});

const common = { actor: isCommandActor, now: isInstant };
const onAccount = { ...common, account: isAccountId, property: isPropertyId };

/** The run-time check of a command: the same value rules as the smart constructors. */
export const isCommand = variant('action', {
  add_property: object({
    ...common,
    action: literal('add_property'),
    agreement: isLeid,
    property: isPropertyId,
    origin: isOrigin,
  }),
  request_primary_account: object({ ...common, action: literal('request_primary_account'), agreement: isLeid }),
  grant_primary_account: object({
    ...common,
    action: literal('grant_primary_account'),
    agreement: isLeid,
    account: object({ id: isAccountId, login: isLogin, email: isEmail, name: isDisplayName }),
  }),
  create_user: object({
    ...common,
    action: literal('create_user'),
    property: isPropertyId,
    user: object({ id: isAccountId, login: isLogin, email: isEmail, name: isDisplayName, rights: isRights }),
  }),
  add_user: object({
    ...common,
    action: literal('add_user'),
    property: isPropertyId,
    username: isLogin,
    email: isEmail,
  }),
  invite: object({
    ...common,
    action: literal('invite'),
    property: isPropertyId,
    invitee: object({ id: isInvitationId, name: isDisplayName, email: isEmail, rights: isRights }),
  }),
  accept_invitation: object({
    ...common,
    action: literal('accept_invitation'),
    invitation: isInvitationId,
    account: isAccountId,
    login: isLogin,
  }),
  revoke_invitation: object({ ...common, action: literal('revoke_invitation'), invitation: isInvitationId }),
  remove_property: object({ ...onAccount, action: literal('remove_property') }),
  set_access_rights: object({ ...onAccount, action: literal('set_access_rights'), rights: isRights }),
  grant_admin: object({ ...onAccount, action: literal('grant_admin') }),
  revoke_admin: object({ ...onAccount, action: literal('revoke_admin') }),
  recontract_property: object({
    ...common,
    action: literal('recontract_property'),
    property: isPropertyId,
    to: isLeid,
  }),
  change_ownership: object({ ...common, action: literal('change_ownership'), property: isPropertyId, to: isLeid }),
  terminate_agreement: object({ ...common, action: literal('terminate_agreement'), agreement: isLeid }),
});
