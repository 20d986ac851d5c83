import { err, type Ok, ok, type Result } from 'neverthrow';

import type { RuleId } from '../rejections/ruleIds';
import { type Check, INVALID, invalidInput, type OpenIssue, UNREADABLE } from '../validation/check';
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

// What the answers made once (`allowedBy`) allow: `can` hands such an answer out as it is.
const SHARED: WeakSet<Allowed> = new WeakSet();

/** An answer that allows under `rules`, made once and shared: frozen, so no caller can change it. */
export const allowedBy = (...rules: NonEmptyArray<RuleId>): Ok<Allowed, never> => {
  const allowed: Allowed = Object.freeze({ rules: Object.freeze(rules) });
  SHARED.add(allowed);
  return Object.freeze(ok(allowed));
};

const unreadable = Object.freeze(
  err<never, InvalidInput>(Object.freeze({ code: 'invalid_input', issues: Object.freeze([UNREADABLE] as const) })),
);

// The checked copy of any input: every field was read once, so a getter or proxy cannot answer
// one thing to the check and another to the rule. A getter that throws while the input is read is
// an `unreadable` issue beside those found before it.
const checkedWith =
  <Request>(check: Check<Request>) =>
  (input: unknown, issues: OpenIssue[]): Request | typeof INVALID => {
    try {
      return check(input, issues);
    } catch {
      issues.push({ path: [], problem: UNREADABLE.problem });
      return INVALID;
    }
  };

/**
 * Builds an action's `can` and `act` from one check of its input and one decision, so the two can
 * never disagree: `act` is `can` followed by `apply`, which may not refuse.
 */
export const decision = <Request, Rejection, Verdict extends Allowed, Change>(
  check: Check<Request>,
  decide: (request: Request) => Result<Verdict, Rejection>,
  apply: (request: Request, verdict: Verdict) => Change,
): Decision<Request, Rejection, Change> => {
  const checked = checkedWith(check);
  // No rule throws on a checked request; were one to, the answer is still typed.
  const guarded =
    <T>(answer: (input: unknown) => Result<T, Rejection | InvalidInput>) =>
    (input: unknown): Result<T, Rejection | InvalidInput> => {
      try {
        return answer(input);
      } catch {
        return unreadable;
      }
    };
  return {
    can: guarded((input): Result<Allowed, Rejection | InvalidInput> => {
      const issues: OpenIssue[] = [];
      const request = checked(input, issues);
      if (request === INVALID) return err(invalidInput(issues));
      const verdict = decide(request);
      if (verdict.isErr()) return err(verdict.error);
      return SHARED.has(verdict.value) ? verdict : ok({ rules: verdict.value.rules });
    }),
    act: guarded((input): Result<Change, Rejection | InvalidInput> => {
      const issues: OpenIssue[] = [];
      const request = checked(input, issues);
      if (request === INVALID) return err(invalidInput(issues));
      const verdict = decide(request);
      return verdict.isErr() ? err(verdict.error) : ok(frozenDeep(apply(request, verdict.value)));
    }),
    actOnChecked: (request) => decide(request).map((verdict) => frozenDeep(apply(request, verdict))),
    check,
  };
};
