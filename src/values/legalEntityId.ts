import { err, ok, type Result } from 'neverthrow';

import type { Brand } from './brand';
import { type Problem, receivedType, type ValueError } from './problem';

/**
 * A legal entity ID (LEID): the positive integer that identifies the organisation holding a
 * partner agreement. One LEID, one agreement, one contract ID (PA-1).
 */
export type LegalEntityId = Brand<number, 'LegalEntityId'>;

/** What is wrong with `input` as a legal entity ID, or `null`. The one definition of the rule. */
export const legalEntityIdProblem = (input: unknown): Problem | null => {
  if (typeof input !== 'number' || Number.isNaN(input)) {
    return { code: 'wrong_type', expected: ['number'], received: receivedType(input) };
  }
  if (!Number.isInteger(input)) return { code: 'not_integer' };
  if (input <= 0) return { code: 'not_positive' };
  if (!Number.isSafeInteger(input)) return { code: 'out_of_range', min: 1, max: Number.MAX_SAFE_INTEGER };
  return null;
};

/**
 * Makes a {@link LegalEntityId} from a positive safe integer.
 *
 * @example
 * legalEntityId(4711); // ok(4711)
 * legalEntityId(0);    // err({ value: 'legal_entity_id', problem: { code: 'not_positive' } })
 */
export const legalEntityId = (input: unknown): Result<LegalEntityId, ValueError> => {
  const problem = legalEntityIdProblem(input);
  // The one cast: the check above is what makes a number a LegalEntityId.
  return problem === null ? ok(input as LegalEntityId) : err({ value: 'legal_entity_id', problem });
};
