import type { Result } from 'neverthrow';

import type { RuleId } from '../../rejections/ruleIds';
import type { NonEmptyArray } from '../../values/problem';
import type { WorldEvent } from '../event';
import type { Asking } from '../lookups';
import type { CommandRejection } from '../rejection';

/** A command allowed: the rules that allowed it, and the events to apply. */
export interface Accepted {
  readonly rules: NonEmptyArray<RuleId>;
  readonly events: readonly WorldEvent[];
}

/** A command accepted under `rules`, with the events that carry it out. */
export const acceptedWith = (rules: NonEmptyArray<RuleId>, events: readonly WorldEvent[]): Accepted => ({
  rules,
  events,
});

/** What a command handler answers: what was allowed, or why not. */
export type HandlerResult = Result<Accepted, CommandRejection>;

/** A command's handler: it asks its lookups, then answers what was allowed, or why not. */
export type Handling = Asking<HandlerResult>;
