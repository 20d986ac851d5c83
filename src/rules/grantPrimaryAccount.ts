import { err, ok, type Result } from 'neverthrow';

import type { AgreementHasPrimary, AgreementTerminated, LoginTaken, PlatformOnly } from '../rejections/common';
import { hasPrimary, loginTaken, platformOnly, terminated } from '../rejections/refusals';
import { nullable, object, request } from '../validation/check';
import { isAccountId, isActor, isAgreement, isDisplayName, isEmail, isLogin, isPrimary } from '../validation/values';
import type { Actor, PrimaryAccount } from '../values/account';
import type { PartnerAgreement } from '../values/agreement';
import type { DisplayName } from '../values/displayName';
import type { Email } from '../values/email';
import type { AccountId } from '../values/ids';
import type { LoginName } from '../values/loginName';
import type { InvalidInput } from '../values/problem';
import { type Allowed, decision } from './decision';
import { primaryRecord } from './records';

/** The login details of the new primary account, as the platform enters them. */
export interface NewPrimary {
  readonly id: AccountId;
  readonly login: LoginName;
  readonly email: Email;
  readonly name: DisplayName;
}

/**
 * The platform answers a request for a primary account (PA-9) by making one for the agreement:
 * the one act that creates a primary account.
 */
export interface GrantPrimaryAccountRequest {
  readonly actor: Actor;
  readonly agreement: PartnerAgreement;
  /** The agreement's primary account, when it has one (one per agreement). */
  readonly primaryOfAgreement: PrimaryAccount | null;
  readonly account: NewPrimary;
  /** The account that already has `account.login`, as the caller's lookup found it, or `null` (CX-4). */
  readonly loginHolder: AccountId | null;
}

/** Why the primary account cannot be made. */
export type GrantPrimaryAccountRejection = PlatformOnly | AgreementTerminated | AgreementHasPrimary | LoginTaken;

/** The primary account to persist: the agreement's only one, holding its whole portfolio (PA-1). */
export interface PrimaryAccountGranted extends Allowed {
  readonly account: PrimaryAccount;
}

const check = request({
  actor: isActor,
  agreement: isAgreement,
  primaryOfAgreement: nullable(isPrimary),
  account: object({ id: isAccountId, login: isLogin, email: isEmail, name: isDisplayName }),
  loginHolder: nullable(isAccountId),
});

/**
 * PA-9: an account may ask for a primary account, never make one: only the platform makes it. An
 * account is refused alike whatever the agreement; whether asking is open to it,
 * `requestPrimaryAccount` answers.
 */
export const grantPrimaryStanding = (actor: Actor): GrantPrimaryAccountRejection | null =>
  actor.kind === 'platform' ? null : platformOnly(actor, 'grant_primary_account', []);

const decide = ({
  actor,
  agreement,
  primaryOfAgreement,
  account,
  loginHolder,
}: GrantPrimaryAccountRequest): Result<Allowed, GrantPrimaryAccountRejection> => {
  const standing = grantPrimaryStanding(actor);
  if (standing !== null) return err(standing);
  if (agreement.status === 'terminated') return err(terminated(agreement));
  if (primaryOfAgreement !== null) return err(hasPrimary(agreement.leid, primaryOfAgreement.id, []));
  if (loginHolder !== null) return err(loginTaken(account.login, loginHolder));
  return ok({ rules: ['PA-9', 'PA-1'] });
};

const apply = ({ agreement, account }: GrantPrimaryAccountRequest, { rules }: Allowed): PrimaryAccountGranted => ({
  rules,
  account: primaryRecord({
    kind: 'primary',
    id: account.id,
    login: account.login,
    email: account.email,
    name: account.name,
    agreement: agreement.leid,
  }),
});

export const grantPrimaryAccountDecision = decision(check, decide, apply);

/**
 * PA-9: whether the platform may make a primary account for the agreement.
 * Rejection codes: `platform_operation_only`, `agreement_is_terminated`, `agreement_has_primary`,
 * `login_taken`, `invalid_input`.
 *
 * @example
 * canGrantPrimaryAccount({ actor: PLATFORM, agreement, primaryOfAgreement: null, account, loginHolder: null });
 * // ok({ rules: ['PA-9', 'PA-1'] })
 */
export const canGrantPrimaryAccount: (
  request: GrantPrimaryAccountRequest,
) => Result<Allowed, GrantPrimaryAccountRejection | InvalidInput> = grantPrimaryAccountDecision.can;

/**
 * PA-9, PA-1: the platform makes the primary account an agreement lacks, typically answering a
 * request for one. Only the platform may; the agreement must be in force and have no primary
 * account yet (one per agreement), and the login must be free (CX-4). The new account holds the
 * agreement's whole portfolio from then on, with full admin rights (PA-7).
 *
 * @example
 * grantPrimaryAccount({ actor: PLATFORM, agreement, primaryOfAgreement: null, account, loginHolder: null });
 * // ok({ rules: ['PA-9', 'PA-1'], account: { kind: 'primary', agreement: 4711, ... } })
 */
export const grantPrimaryAccount: (
  request: GrantPrimaryAccountRequest,
) => Result<PrimaryAccountGranted, GrantPrimaryAccountRejection | InvalidInput> = grantPrimaryAccountDecision.act;
