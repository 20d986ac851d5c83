import { err, ok, type Result } from 'neverthrow';

import type { AgreementTerminated, PlatformOnly } from '../rejections/common';
import { NO_REMEDIES, platformOnly, terminated } from '../rejections/refusals';
import { checkTerminateAgreementRequest } from '../validation/generated';
import type { Actor } from '../values/account';
import type { PartnerAgreement } from '../values/agreement';
import type { InvalidInput } from '../values/problem';
import { type Property, UNLINKED } from '../values/property';
import type { TerminateAgreementRequest } from '../values/requests';
import { type Allowed, decision } from './decision';
import { inPortfolioOf } from './reach';
import { agreementRecord, propertyRecord } from './records';

/** Why the agreement cannot be terminated. */
export type TerminateAgreementRejection = PlatformOnly | AgreementTerminated;

/** The agreement, terminated, and every property that was in its portfolio, now unlinked. */
export interface AgreementEnded extends Allowed {
  readonly agreement: PartnerAgreement;
  readonly unlinked: readonly Property[];
}

/**
 * PA-18: only the platform terminates an agreement. Whoever else asks is refused alike, whatever
 * the agreement: a refusal that offered a remedy for an agreement still in force would tell
 * whether it is.
 */
export const terminateStanding = (actor: Actor): TerminateAgreementRejection | null =>
  actor.kind === 'platform' ? null : platformOnly(actor, 'terminate_agreement', NO_REMEDIES);

const decide = ({ actor, agreement }: TerminateAgreementRequest): Result<Allowed, TerminateAgreementRejection> => {
  const standing = terminateStanding(actor);
  if (standing !== null) return err(standing);
  return agreement.status === 'terminated' ? err(terminated(agreement)) : ok({ rules: ['PA-18'] });
};

const apply = ({ agreement, portfolio }: TerminateAgreementRequest, { rules }: Allowed): AgreementEnded => ({
  rules,
  agreement: agreementRecord({ leid: agreement.leid, status: 'terminated' }),
  unlinked: portfolio
    .filter((property) => inPortfolioOf(agreement.leid, property))
    .map((property) => propertyRecord({ id: property.id, link: UNLINKED })),
});

export const terminateAgreementDecision = decision(checkTerminateAgreementRequest, decide, apply);

/**
 * PA-18: whether the platform may terminate the agreement.
 * Rejection codes: `platform_operation_only`, `agreement_is_terminated`, `invalid_input`.
 *
 * @example
 * canTerminateAgreement({ actor: PLATFORM, agreement, portfolio });
 * // ok({ rules: ['PA-18'] })
 */
export const canTerminateAgreement: (
  request: TerminateAgreementRequest,
) => Result<Allowed, TerminateAgreementRejection | InvalidInput> = terminateAgreementDecision.can;

/**
 * PA-18: the platform terminates an agreement; every property of its primary account's
 * portfolio leaves it, unlinked.
 *
 * @example
 * terminateAgreement({ actor: PLATFORM, agreement, portfolio });
 * // ok({ rules: ['PA-18'], agreement: { status: 'terminated', ... }, unlinked: [...] })
 */
export const terminateAgreement: (
  request: TerminateAgreementRequest,
) => Result<AgreementEnded, TerminateAgreementRejection | InvalidInput> = terminateAgreementDecision.act;
