import type { Result } from 'neverthrow';
import type { Rejection } from '../../rejections/all';
import type { InvalidInput, NonEmptyArray } from '../../values/problem';
import type { RuleId } from '../../catalog/ruleIds';
import type { WorldEvent } from '../event';
import type { WorldRejection } from '../rejection';

/** Why a command was refused: by a rule, by the world's records, or for malformed input. */
export type CommandRejection = Rejection | WorldRejection | InvalidInput;

/** A command allowed: the rules that allowed it, and the events to apply. */
export interface Done {
  readonly rules: NonEmptyArray<RuleId>;
  readonly events: readonly WorldEvent[];
}

export const done = (rules: NonEmptyArray<RuleId>, events: readonly WorldEvent[]): Done => ({ rules, events });

/** What a command handler answers: what was allowed, or why not. */
export type Outcome = Result<Done, CommandRejection>;
