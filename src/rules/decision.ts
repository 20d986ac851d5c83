import type { Result } from 'neverthrow';
import type { RuleId } from '../catalog/ruleIds';
import { guard, type Check } from '../guard/check';
import type { InvalidInput, NonEmptyArray } from '../values/problem';

/** A positive answer: which rules allowed the action. */
export interface Allowed {
  readonly rules: NonEmptyArray<RuleId>;
}

/**
 * The functions of one action: `can` answers, `act` answers and says what changes. Both check
 * their input at run time. `actChecked` is `act` for input that is already known to be valid
 * (the reference world's records, and commands it has checked): internal, never exported.
 */
export interface Decision<Request, Rejection, Change> {
  readonly can: (request: Request) => Result<Allowed, Rejection | InvalidInput>;
  readonly act: (request: Request) => Result<Change, Rejection | InvalidInput>;
  readonly actChecked: (request: Request) => Result<Change, Rejection>;
}

/**
 * Builds an action's `can` and `act` from one check of its input and one decision, so the two can
 * never disagree: `act` is `can` followed by `apply`, which may not refuse.
 */
export const decision = <Request, Rejection, Verdict extends Allowed, Change>(
  check: Check<Request>,
  decide: (request: Request) => Result<Verdict, Rejection>,
  apply: (request: Request, verdict: Verdict) => Change,
): Decision<Request, Rejection, Change> => {
  const parse = guard(check);
  const run = (input: unknown): Result<{ readonly request: Request; readonly verdict: Verdict }, Rejection | InvalidInput> =>
    parse(input).andThen((request: Request) => decide(request).map((verdict) => ({ request, verdict })));
  return {
    can: (request) => run(request).map(({ verdict }): Allowed => ({ rules: verdict.rules })),
    act: (request) => run(request).map(({ request: valid, verdict }) => apply(valid, verdict)),
    actChecked: (request) => decide(request).map((verdict) => apply(request, verdict)),
  };
};
