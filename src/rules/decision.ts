import { err, type Ok, ok, type Result } from 'neverthrow';

import type { RuleId } from '../rejections/ruleIds';
import { type Check, parserOf, UNREADABLE } from '../validation/check';
import { frozenDeep } from '../validation/trust';
import type { InvalidInput, NonEmptyArray } from '../values/problem';

/** A positive answer: which rules allowed the action. */
export interface Allowed {
  readonly rules: NonEmptyArray<RuleId>;
}

/**
 * The functions of one action: `can` answers, `act` answers and says what changes. Both check
 * their input at run time, and decide on the frozen copy the check makes of it, so what they
 * decide on is what was checked. `actOnChecked` is `act` on input already known to be
 * valid (the reference world's records, and commands it has checked): internal, never exported.
 */
export interface Decision<Request, Rejection, Change> {
  readonly can: (request: Request) => Result<Allowed, Rejection | InvalidInput>;
  readonly act: (request: Request) => Result<Change, Rejection | InvalidInput>;
  readonly actOnChecked: (request: Request) => Result<Change, Rejection>;
  /** What the decision reads, with every problem located: the definition of good input. */
  readonly check: Check<Request>;
}

/** An answer that allows under `rules`, made once and shared: frozen, so no caller can change it. */
export const allowedBy = (...rules: NonEmptyArray<RuleId>): Ok<Allowed, never> =>
  Object.freeze(ok(Object.freeze({ rules: Object.freeze(rules) })));

const unreadable = Object.freeze(
  err<never, InvalidInput>(Object.freeze({ code: 'invalid_input', issues: Object.freeze([UNREADABLE] as const) })),
);

// The decision on any input, made on the checked copy of it: every field was read once, so a
// getter or proxy cannot answer one thing to the check and another to the rule.
const decider = <Request, Allowing, Rejection>(
  check: Check<Request>,
  decide: (request: Request) => Result<Allowing, Rejection>,
) => {
  const parse = parserOf(check);
  return (input: unknown): Result<Allowing, Rejection | InvalidInput> => {
    try {
      return parse(input).andThen(decide);
    } catch {
      return unreadable;
    }
  };
};

/**
 * Builds an action's `can` and `act` from one check of its input and one decision, so the two can
 * never disagree: `act` is `can` followed by `apply`, which may not refuse.
 */
export const decision = <Request, Rejection, Allowing extends Allowed, Change>(
  check: Check<Request>,
  decide: (request: Request) => Result<Allowing, Rejection>,
  apply: (request: Request, verdict: Allowing) => Change,
): Decision<Request, Rejection, Change> => {
  const run = decider(check, (request: Request) => decide(request).map((verdict) => ({ request, verdict })));
  return {
    can: (request) => run(request).map(({ verdict }): Allowed => ({ rules: verdict.rules })),
    act: (request) => run(request).map(({ request: valid, verdict }) => frozenDeep(apply(valid, verdict))),
    actOnChecked: (request) => decide(request).map((verdict) => frozenDeep(apply(request, verdict))),
    check,
  };
};
