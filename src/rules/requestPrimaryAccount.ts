import { err, ok, type Result } from 'neverthrow';

import type { AgreementHasPrimary, AgreementTerminated, AlreadyPrimaryAccount } from '../rejections/common';
import { alreadyPrimary, hasPrimary, terminated } from '../rejections/refusals';
import { checkPrimaryAccountRequest } from '../validation/generated';
import type { Account } from '../values/account';
import type { AccountId } from '../values/ids';
import type { LegalEntityId } from '../values/legalEntityId';
import type { InvalidInput } from '../values/problem';
import type { PrimaryAccountRequest } from '../values/requests';
import { type Allowed, decision } from './decision';

/** Why a primary account cannot be requested. */
export type RequestPrimaryAccountRejection = AgreementTerminated | AlreadyPrimaryAccount | AgreementHasPrimary;

/**
 * The outcome of PA-9: a request for the platform's support, not an account. Creating the
 * primary account is the platform's act.
 */
export interface SupportRequest extends Allowed {
  readonly kind: 'support_request';
  readonly topic: 'create_primary_account';
  readonly requester: AccountId;
  readonly agreement: LegalEntityId;
}

/** PA-9, PA-8: a primary account does not ask for one, whatever the agreement: it is one. */
export const requestStanding = (requester: Account): RequestPrimaryAccountRejection | null =>
  requester.kind === 'primary' ? alreadyPrimary(requester.id) : null;

const decide = ({
  requester,
  agreement,
  primaryOfAgreement,
}: PrimaryAccountRequest): Result<Allowed, RequestPrimaryAccountRejection> => {
  const standing = requestStanding(requester);
  if (standing !== null) return err(standing);
  if (agreement.status === 'terminated') {
    return err(terminated(agreement));
  }
  if (primaryOfAgreement !== null) {
    return err(
      hasPrimary(agreement.leid, primaryOfAgreement.id, [
        { kind: 'ask_primary_account', rule: 'PA-10', agreement: agreement.leid },
      ]),
    );
  }
  return ok({ rules: ['PA-9'] });
};

const apply = ({ requester, agreement }: PrimaryAccountRequest, { rules }: Allowed): SupportRequest => ({
  rules,
  kind: 'support_request',
  topic: 'create_primary_account',
  requester: requester.id,
  agreement: agreement.leid,
});

export const requestPrimaryAccountDecision = decision(checkPrimaryAccountRequest, decide, apply);

/**
 * PA-9: whether an account may ask the platform for a primary account.
 * Rejection codes: `already_primary_account`, `agreement_is_terminated`, `agreement_has_primary`,
 * `invalid_input`.
 *
 * @example
 * canRequestPrimaryAccount({ requester: regular, agreement, primaryOfAgreement: null });
 * // ok({ rules: ['PA-9'] })
 */
export const canRequestPrimaryAccount: (
  request: PrimaryAccountRequest,
) => Result<Allowed, RequestPrimaryAccountRejection | InvalidInput> = requestPrimaryAccountDecision.can;

/**
 * PA-9: asks the platform for a primary account. The result is a support request, never an
 * account: a partner cannot create a primary account itself.
 *
 * @example
 * requestPrimaryAccount({ requester: regular, agreement, primaryOfAgreement: null });
 * // ok({ rules: ['PA-9'], kind: 'support_request', topic: 'create_primary_account', ... })
 */
export const requestPrimaryAccount: (
  request: PrimaryAccountRequest,
) => Result<SupportRequest, RequestPrimaryAccountRejection | InvalidInput> = requestPrimaryAccountDecision.act;
