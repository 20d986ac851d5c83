import { err, ok, type Ok, type Result } from 'neverthrow';
import type { RuleId } from '../catalog/ruleIds';
import { guard, UNREADABLE, type Check } from '../guard/check';
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
  /** What the decision reads, with every problem located: the definition of good input. */
  readonly check: Check<Request>;
  /** The quick test tried first, if the action has one; it passes only what {@link check} passes. */
  readonly quick: QuickTest<Request> | null;
}

/**
 * A cheap test that `input` is a well-formed request: no issues collected, nothing allocated.
 * It may refuse more than the action's {@link Check} does, never less: what it passes, the check
 * passes. When it refuses, the check runs and says why.
 */
export type QuickTest<Request> = (input: unknown) => input is Request;

/** An answer that allows under `rules`, made once and shared: frozen, so no caller can change it. */
export const allowedBy = (...rules: NonEmptyArray<RuleId>): Ok<Allowed, never> => Object.freeze(ok(Object.freeze({ rules: Object.freeze(rules) })));


const unreadable = Object.freeze(err<never, InvalidInput>(Object.freeze({ code: 'invalid_input', issues: Object.freeze([UNREADABLE] as const) })));

// The decision on any input: the quick test first, the full check only when it fails. A getter or
// proxy that throws while the decision reads it is `unreadable`, as in the check.
const decider = <Request, Verdict, Rejection>(
  check: Check<Request>,
  quick: QuickTest<Request> | null,
  decide: (request: Request) => Result<Verdict, Rejection>,
) => {
  const parse = guard(check);
  return (input: unknown): Result<Verdict, Rejection | InvalidInput> => {
    try {
      return quick !== null && quick(input) ? decide(input) : parse(input).andThen(decide);
    } catch {
      return unreadable;
    }
  };
};

/**
 * Builds an action's `can` and `act` from one check of its input and one decision, so the two can
 * never disagree: `act` is `can` followed by `apply`, which may not refuse.
 */
export const decision = <Request, Rejection, Verdict extends Allowed, Change>(
  check: Check<Request>,
  decide: (request: Request) => Result<Verdict, Rejection>,
  apply: (request: Request, verdict: Verdict) => Change,
  quick: QuickTest<Request> | null = null,
): Decision<Request, Rejection, Change> => {
  const run = decider(check, quick, (request: Request) => decide(request).map((verdict) => ({ request, verdict })));
  return {
    can: (request) => run(request).map(({ verdict }): Allowed => ({ rules: verdict.rules })),
    act: (request) => run(request).map(({ request: valid, verdict }) => apply(valid, verdict)),
    actChecked: (request) => decide(request).map((verdict) => apply(request, verdict)),
    check,
    quick,
  };
};

/**
 * {@link decision} for an action whose verdict is only which rules allowed it, so `can` returns the
 * decision's own answer, allocating nothing more: for the actions asked on every request.
 */
export const plainDecision = <Request, Rejection, Change>(
  check: Check<Request>,
  quick: QuickTest<Request>,
  decide: (request: Request) => Result<Allowed, Rejection>,
  apply: (request: Request, allowed: Allowed) => Change,
): Decision<Request, Rejection, Change> => {
  const actChecked = (request: Request): Result<Change, Rejection> => decide(request).map((allowed) => apply(request, allowed));
  return {
    can: decider(check, quick, decide),
    act: decider(check, quick, actChecked),
    actChecked,
    check,
    quick,
  };
};
