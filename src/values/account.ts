import type { AccessRights } from './accessRights';
import type { DisplayName } from './displayName';
import type { Email } from './email';
import type { AccountId, PropertyId } from './ids';
import type { LegalEntityId } from './legalEntityId';
import type { LoginName } from './loginName';

interface AccountFields {
  readonly id: AccountId;
  readonly login: LoginName;
  readonly email: Email;
  readonly name: DisplayName;
}

/**
 * The contractual login of one partner agreement (PA-1). Its properties are derived from the
 * agreement, never stored; its rights are full admin and cannot be reduced (PA-7), so neither
 * is a field.
 */
export interface PrimaryAccount extends AccountFields {
  readonly kind: 'primary';
  readonly agreement: LegalEntityId;
}

/**
 * Every other login. It reaches exactly the properties it was given, and its access rights
 * apply to all of them (CX-2).
 */
export interface NonPrimaryAccount extends AccountFields {
  readonly kind: 'non_primary';
  readonly rights: AccessRights;
  readonly properties: readonly PropertyId[];
}

/** A login account: primary or not. */
export type Account = PrimaryAccount | NonPrimaryAccount;

/** The kind of an account, as PA-8 lets anyone see. */
export type AccountKind = Account['kind'];

/** The platform itself, acting internally (PA-4, PA-18). */
export interface Platform {
  readonly kind: 'platform';
}

/** The platform as an actor. */
export const PLATFORM: Platform = Object.freeze({ kind: 'platform' });

/** Whoever performs an action: a logged-in account, or the platform. */
export type Actor = Account | Platform;
