import type { Result } from 'neverthrow';

import { checkMovePropertyRequest } from '../validation/generated';
import type { InvalidInput } from '../values/problem';
import type { MovePropertyRequest } from '../values/requests';
import { type Allowed, decision } from './decision';
import { decideMove, moved, type MovePropertyRejection, type PropertyRecontracted } from './moveProperty';

export const recontractPropertyDecision = decision(
  checkMovePropertyRequest,
  (request: MovePropertyRequest) => decideMove(request, 'recontract_property'),
  (request, { rules }): PropertyRecontracted => ({ rules, ...moved(request) }),
);

/**
 * PA-18: whether the platform may re-contract the property under the given agreement.
 * Rejection codes: `platform_operation_only`, `agreement_is_terminated`,
 * `property_already_in_agreement`, `invalid_input`.
 *
 * @example
 * canRecontractProperty({ actor: PLATFORM, property, to: newAgreement });
 * // ok({ rules: ['PA-18'] })
 */
export const canRecontractProperty: (
  request: MovePropertyRequest,
) => Result<Allowed, MovePropertyRejection | InvalidInput> = recontractPropertyDecision.can;

/**
 * PA-18: the platform re-contracts a property: it leaves its primary account's portfolio and
 * joins the new agreement's. Access given to non-primary accounts stays (same owner).
 *
 * @example
 * recontractProperty({ actor: PLATFORM, property, to: newAgreement });
 * // ok({ rules: ['PA-18'], property: { link: { kind: 'agreement', leid: 5000 }, ... }, previous: { ... } })
 */
export const recontractProperty: (
  request: MovePropertyRequest,
) => Result<PropertyRecontracted, MovePropertyRejection | InvalidInput> = recontractPropertyDecision.act;
