import { err, ok, type Result } from 'neverthrow';

import type { RuleId } from '../rejections/ruleIds';
import { arrayOf, boolean, type Check, nullable, optional, parserOf } from '../validation/check';
import { frozenDeep } from '../validation/trust';
import {
  isAccount,
  isAccountId,
  isAgreement,
  isInvitation,
  isNonPrimary,
  isPrimary,
  isProperty,
} from '../validation/values';
import { MAX_RECORDS } from '../values/account';
import type { InputIssue, InvalidInput, NonEmptyArray } from '../values/problem';
import { checkedCommand } from './command';
import { type WorldEvent, type Write, writesOf } from './event';
import { handle } from './execute';
import type { Answers, Asking, Lookup } from './lookups';
import {
  askPermissions,
  askPermissionsByProperty,
  parseListingQuestion,
  parsePermissionQuestion,
  type Permission,
  type PropertyPermissions,
} from './permitted';
import type { CommandRejection, WorldRejection } from './rejection';

// The decisions of world/handlers/ and world/permitted.ts, driven by a store's answers instead of
// the world's: each lookup is handed to the store, its answer checked, and the decision goes on.

/**
 * A store's answer to one lookup: for a record, the record (`undefined` when there is none); for a
 * question of its indexes, what the world would answer: the {@link Answers} entry of the lookup's
 * kind. It may be a promise: a database answers within the transaction the command runs in. Each
 * answer is checked before the decision reads it; records made by this package (`makeAccount`, …)
 * pass at the cost of one test.
 */
export type Answerer = (lookup: Lookup) => unknown;

/**
 * A lookup the store did not answer: it threw or rejected (`cause` is what it threw: a database's
 * error, which the store may retry on), or answered something that is not an answer of its kind
 * (`issues` say what).
 */
export type LookupFailure =
  | {
      readonly code: 'lookup_failed';
      readonly lookup: Lookup['kind'];
      readonly reason: 'threw';
      readonly cause: unknown;
    }
  | {
      readonly code: 'lookup_failed';
      readonly lookup: Lookup['kind'];
      readonly reason: 'invalid_answer';
      readonly issues: readonly InputIssue[];
    };

/** A command decided on a store's answers: the rules that allowed it, its events, and the records they write. */
export interface Decided {
  readonly rules: NonEmptyArray<RuleId>;
  readonly events: readonly WorldEvent[];
  readonly writes: readonly Write[];
}

const records = <T>(check: Check<T>): Check<readonly T[]> => arrayOf(check, MAX_RECORDS);

const ANSWER_CHECKS: { readonly [K in keyof Answers]: Check<Answers[K]> } = {
  agreement: optional(isAgreement),
  property: optional(isProperty),
  account: optional(isAccount),
  invitation: optional(isInvitation),
  login_holder: nullable(isAccountId),
  account_by_login: optional(isAccount),
  primary_of: nullable(isPrimary),
  primaries_by_email: records(isPrimary),
  properties: records(isProperty),
  reachers: records(isNonPrimary),
  open_invitations: records(isInvitation),
  portfolio: records(isProperty),
  some_agreement: boolean,
  has_unlinked: boolean,
  outsider_exists: boolean,
};

// Each kind's parser made once: a record the package made passes at the cost of one test.
const ANSWER_PARSERS = Object.fromEntries(
  Object.entries(ANSWER_CHECKS).map(([kind, check]) => [kind, parserOf(check as Check<unknown>)]),
) as { readonly [K in keyof Answers]: (input: unknown) => Result<unknown, InvalidInput> };

// Runs `asking` to its end on the store's answers; the first lookup it fails ends it.
const drive = async <T>(asking: Asking<T>, answer: Answerer): Promise<Result<T, LookupFailure>> => {
  let step = asking.next();
  while (step.done !== true) {
    const lookup = step.value;
    let answered: unknown;
    try {
      answered = await answer(lookup);
    } catch (cause) {
      return err({ code: 'lookup_failed', lookup: lookup.kind, reason: 'threw', cause });
    }
    const checked = ANSWER_PARSERS[lookup.kind](answered);
    if (checked.isErr())
      return err({
        code: 'lookup_failed',
        lookup: lookup.kind,
        reason: 'invalid_answer',
        issues: checked.error.issues,
      });
    step = asking.next(checked.value);
  }
  return ok(step.value);
};

/**
 * Decides a command as {@link execute} does, on a store's answers to its lookups instead of a
 * world's: the same handler asks the same lookups, one at a time, and decides the same way. An
 * accepted command comes with its events and the records they write ({@link Write}): apply them,
 * and append the events, in the transaction that answered the lookups. The world's clock is the
 * world's: a store that keeps one checks `time_went_backwards` itself.
 * Rejection: what `execute` answers, or `lookup_failed` when the store's answer to a lookup threw
 * or was not one.
 *
 * @example
 * const decided = await decideWith(command, (lookup) => database.answer(lookup));
 * // ok({ rules: ['PA-12', 'CX-1'], events: [...], writes: [{ kind: 'account', ... }] }), or the refusal
 */
export const decideWith = async (
  command: unknown,
  answer: Answerer,
): Promise<Result<Decided, CommandRejection | LookupFailure>> => {
  const parsed = checkedCommand(command);
  if (parsed.isErr()) return err(parsed.error);
  const decided = await drive(handle(parsed.value), answer);
  if (decided.isErr()) return err(decided.error);
  return decided.value.map(({ rules, events }) => {
    const frozen = frozenDeep(events);
    return frozenDeep({ rules, events: frozen, writes: frozen.flatMap(writesOf) });
  });
};

// A checked question's answer, its lookups answered by `answer`.
const asked = async <Q, T>(
  parsed: Result<Q, InvalidInput>,
  ask: (question: Q) => Asking<Result<T, WorldRejection>>,
  answer: Answerer,
): Promise<Result<T, WorldRejection | InvalidInput | LookupFailure>> => {
  if (parsed.isErr()) return err(parsed.error);
  const answered = await drive(ask(parsed.value), answer);
  if (answered.isErr()) return err(answered.error);
  return answered.value;
};

/**
 * What an actor may do, as {@link permittedActions} answers it, on a store's answers to its
 * lookups. The question is `{ actor, now, property? }`; `time_went_backwards` is left to a store
 * that keeps a clock.
 * Rejection: what `permittedActions` answers, or `lookup_failed`.
 *
 * @example
 * const permissions = await permittedWith({ actor, now, property: hotel }, (lookup) => database.answer(lookup));
 */
export const permittedWith = (
  question: unknown,
  answer: Answerer,
): Promise<Result<readonly Permission[], WorldRejection | InvalidInput | LookupFailure>> =>
  asked(parsePermissionQuestion(question), askPermissions, answer);

/**
 * What an actor may do at each of many properties, as {@link permittedActionsByProperty} answers
 * it, on a store's answers to its lookups. The question is `{ actor, now, properties }`;
 * `time_went_backwards` is left to a store that keeps a clock.
 * Rejection: what `permittedActionsByProperty` answers, or `lookup_failed`.
 *
 * @example
 * const listing = await permittedByPropertyWith({ actor, now, properties: [hotel, hostel] }, (lookup) => database.answer(lookup));
 */
export const permittedByPropertyWith = (
  question: unknown,
  answer: Answerer,
): Promise<Result<readonly PropertyPermissions[], WorldRejection | InvalidInput | LookupFailure>> =>
  asked(parseListingQuestion(question), askPermissionsByProperty, answer);
