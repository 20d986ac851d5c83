import type { PartnerAgreement } from '../values/agreement';
import { MAX_ID_LENGTH } from '../values/ids';
import type { LegalEntityId } from '../values/legalEntityId';
import type { Property, PropertyLink } from '../values/property';
import type { ActorRef } from '../rejections/facts';

// Quick tests: the same shapes as the checks in ./values.ts, answered with one boolean, without
// collecting issues or allocating, so a decision on good input costs little more than its logic.
// Each passes only what its check passes (test/guard/quick.prop.test.ts holds them to it); on a
// refusal the decision runs the check, which says what is wrong and where.

/** Any of the fields the quick tests read, each of unknown type until tested. */
export interface Fields {
  readonly kind?: unknown;
  readonly id?: unknown;
  readonly leid?: unknown;
  readonly primaryOf?: unknown;
  readonly link?: unknown;
  readonly status?: unknown;
  readonly agreement?: unknown;
  readonly partnerExisted?: unknown;
  readonly actor?: unknown;
  readonly primary?: unknown;
  readonly property?: unknown;
  readonly origin?: unknown;
}

/** A record whose fields can be read: an object, not null, not an array. */
export const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What `refProblem` passes: a string of 1 to MAX_ID_LENGTH units. */
export const isRefValue = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

/** What `legalEntityIdProblem` passes: a positive safe integer. */
export const isLeidValue = (value: unknown): value is LegalEntityId => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

export const quickLink = (value: unknown): value is PropertyLink => {
  if (!isFields(value)) return false;
  const kind = value.kind;
  if (kind === 'agreement') return isLeidValue(value.leid);
  if (kind === 'attached') return isLeidValue(value.primaryOf);
  return kind === 'none';
};

export const quickProperty = (value: unknown): value is Property => isFields(value) && isRefValue(value.id) && quickLink(value.link);

export const quickAgreement = (value: unknown): value is PartnerAgreement =>
  isFields(value) && isLeidValue(value.leid) && (value.status === 'active' || value.status === 'terminated');

export const quickActorRef = (value: unknown): value is ActorRef =>
  isFields(value) && (value.kind === 'platform' || ((value.kind === 'primary' || value.kind === 'non_primary') && isRefValue(value.id)));
