import type { NonEmptyArray } from '../values/problem';
import type { Remedy } from './remedy';
import type { RuleId } from './ruleIds';

/**
 * The shape every rejection has: what happened (`code`, a snake_case fact), the rules behind it,
 * the facts that decided it, and what to do instead. Readonly data; never thrown.
 */
export interface RejectionOf<Code extends string, Facts> {
  readonly code: Code;
  readonly rules: NonEmptyArray<RuleId>;
  readonly facts: Facts;
  readonly remedies: readonly Remedy[];
}
