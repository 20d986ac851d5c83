import type { Rejection } from '../catalog/rejections';
import type { Remedy } from '../rejections/remedy';
import type { RuleId } from '../rejections/ruleIds';
import type { Instant } from '../values/instant';
import type { InvalidInput } from '../values/problem';
import type { Action, CommandActor } from './command';

/** The kinds of record a command can name. */
export type RecordKind = 'agreement' | 'property' | 'account' | 'invitation' | 'primary_account';

/** A refusal of the world's own, before any rule: its code and facts; it cites no rule. */
export interface WorldRejectionOf<Code extends string, Facts> {
  readonly code: Code;
  /** Empty: these refusals come from the world's records, not from a rule of the policy. */
  readonly rules: readonly RuleId[];
  readonly facts: Facts;
  readonly remedies: readonly Remedy[];
}

/**
 * Why the world refused a command before any rule was asked: it names a record the world does
 * not hold, it would create a record whose ID is taken, its actor cannot issue that action, or
 * it happens before a moment the world has already reached (time never goes backwards).
 */
export type WorldRejection =
  | WorldRejectionOf<'record_not_found', { readonly record: RecordKind; readonly id: string | number }>
  | WorldRejectionOf<'record_id_taken', { readonly record: RecordKind; readonly id: string | number }>
  | WorldRejectionOf<'actor_cannot_issue', { readonly actor: CommandActor['kind']; readonly action: Action }>
  | WorldRejectionOf<'time_went_backwards', { readonly now: Instant; readonly clock: Instant }>;

/** The code of a world rejection. */
export type WorldRejectionCode = WorldRejection['code'];

/** Why a command was refused: by a rule, by the world's records, or for malformed input. */
export type CommandRejection = Rejection | WorldRejection | InvalidInput;

/** The command names a record the world does not hold. */
export const notFound = (record: RecordKind, id: string | number): WorldRejection => ({
  code: 'record_not_found',
  rules: [],
  facts: { record, id },
  remedies: [],
});

/** The command would create a record under an ID the world already holds. */
export const idTaken = (record: RecordKind, id: string | number): WorldRejection => ({
  code: 'record_id_taken',
  rules: [],
  facts: { record, id },
  remedies: [],
});

/** The actor is of a kind that cannot issue the action (an invitee creating a user, say). */
export const cannotIssue = (actor: CommandActor['kind'], action: Action): WorldRejection => ({
  code: 'actor_cannot_issue',
  rules: [],
  facts: { actor, action },
  remedies: [],
});

/** The command is dated before the latest moment the world accepted. */
export const timeWentBackwards = (now: Instant, clock: Instant): WorldRejection => ({
  code: 'time_went_backwards',
  rules: [],
  facts: { now, clock },
  remedies: [],
});

/** Every world rejection code, for readers that check codes at run time (scenario files). */
export const WORLD_REJECTION_CODES = Object.freeze([
  'record_not_found',
  'record_id_taken',
  'actor_cannot_issue',
  'time_went_backwards',
] as const) satisfies readonly WorldRejectionCode[];

// The list above must name every code of the union: this line stops compiling otherwise.
export const everyWorldCodeListed: Exclude<WorldRejectionCode, (typeof WORLD_REJECTION_CODES)[number]> extends never
  ? true
  : never = true;
