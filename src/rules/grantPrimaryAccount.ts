import { err, ok, type Result } from 'neverthrow';

import type { AgreementHasPrimary, AgreementTerminated, LoginTaken, PlatformOnly } from '../rejections/common';
import { hasPrimary, loginTaken, NO_REMEDIES, platformOnly, terminated } from '../rejections/refusals';
import { checkGrantPrimaryAccountRequest } from '../validation/generated';
import type { Actor, PrimaryAccount } from '../values/account';
import type { InvalidInput } from '../values/problem';
import type { GrantPrimaryAccountRequest } from '../values/requests';
import { type Allowed, decision } from './decision';
import { primaryRecord } from './records';

/** Why the primary account cannot be made. */
export type GrantPrimaryAccountRejection = PlatformOnly | AgreementTerminated | AgreementHasPrimary | LoginTaken;

/** The primary account to persist: the agreement's only one, holding its whole portfolio (PA-1). */
export interface PrimaryAccountGranted extends Allowed {
  readonly account: PrimaryAccount;
}

/**
 * PA-9: an account may ask for a primary account, never make one: only the platform makes it. An
 * account is refused alike whatever the agreement; whether asking is open to it,
 * `requestPrimaryAccount` answers.
 */
export const grantPrimaryStanding = (actor: Actor): GrantPrimaryAccountRejection | null =>
  actor.kind === 'platform' ? null : platformOnly(actor, 'grant_primary_account', NO_REMEDIES);

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
    id: account.id,
    login: account.login,
    email: account.email,
    name: account.name,
    agreement: agreement.leid,
  }),
});

export const grantPrimaryAccountDecision = decision(checkGrantPrimaryAccountRequest, decide, apply);

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
