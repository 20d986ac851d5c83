/** A non-empty readonly list. */
export type NonEmptyArray<T> = readonly [T, ...T[]];

/** The kinds of value a smart constructor builds; named in every {@link ValueError}. */
export type ValueKind =
  | 'legal_entity_id'
  | 'property_id'
  | 'account_id'
  | 'invitation_id'
  | 'login_name'
  | 'email'
  | 'display_name'
  | 'instant'
  | 'access_right';

/** What JavaScript type a value had, as `typeof` says, with `null` and `array` told apart. */
export type ReceivedType =
  | 'string'
  | 'number'
  | 'bigint'
  | 'boolean'
  | 'symbol'
  | 'undefined'
  | 'object'
  | 'function'
  | 'null'
  | 'array'
  /** An object of a class (a Date, a Map): not what JSON holds. */
  | 'instance';

/** The type a value should have had. */
export type ExpectedType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null' | 'function';

/** What was wrong with one value. A union keyed by `code`; never a message string. */
export type Problem =
  | { readonly code: 'wrong_type'; readonly expected: NonEmptyArray<ExpectedType>; readonly received: ReceivedType }
  | { readonly code: 'empty' }
  | { readonly code: 'too_long'; readonly max: number; readonly length: number }
  | { readonly code: 'control_character'; readonly position: number }
  | {
      readonly code: 'disallowed_character';
      readonly kind: 'invisible' | 'space' | 'lone_surrogate' | 'not_identifier';
      readonly position: number;
    }
  | { readonly code: 'not_integer' }
  | { readonly code: 'not_positive' }
  | { readonly code: 'out_of_range'; readonly min: number; readonly max: number }
  | { readonly code: 'malformed_email' }
  | { readonly code: 'malformed_timestamp' }
  | { readonly code: 'not_normalized'; readonly normalized: string }
  | { readonly code: 'unknown_variant'; readonly allowed: NonEmptyArray<string> }
  | { readonly code: 'unreadable' }
  | { readonly code: 'duplicate'; readonly of: 'id' | 'login' | 'primary_account' }
  | { readonly code: 'unknown_reference'; readonly record: 'agreement' | 'property' | 'account' | 'invitation' }
  | { readonly code: 'not_a_world' }
  | { readonly code: 'unknown_field' }
  | { readonly code: 'set_by_server' }
  | { readonly code: 'more_issues'; readonly count: number }
  | { readonly code: 'conflict'; readonly reason: ConflictReason };

/**
 * How a record contradicts the others of its world, as no sequence of commands could leave it:
 * - `agreement_is_terminated`: it is linked to an agreement that was terminated (PA-18);
 * - `second_pending_invitation`: another invitation for the same person and property was still
 *   pending when it was sent (PA-15);
 * - `before_sent`: an invitation accepted or revoked before it was sent (CX-6);
 * - `not_primary_of_agreement`: a property registered for a primary account of another agreement;
 * - `wrong_account`: an accepted invitation names another account than the one it created;
 * - `not_non_primary`: a change of access for an account that is primary (PA-7);
 * - `not_kept`: an event that changes what no command changes: an account's login, email or name
 *   as its access changes, or an invitation's property, sender, person or rights as it ends;
 * - `after_expiry`: an invitation accepted or revoked after it had expired (CX-6);
 * - `before_expiry`: an invitation recorded as expired before its 7 days were over (CX-6);
 * - `not_pending`: an event that accepts, revokes or expires an invitation that was no longer pending;
 * - `not_at_event`: a record that names another moment than its event's (an invitation sent,
 *   accepted or revoked at another time than the event says it was), or changes when it was sent.
 */
export type ConflictReason =
  | 'agreement_is_terminated'
  | 'second_pending_invitation'
  | 'before_sent'
  | 'not_primary_of_agreement'
  | 'wrong_account'
  | 'not_non_primary'
  | 'not_kept'
  | 'after_expiry'
  | 'before_expiry'
  | 'not_pending'
  | 'not_at_event';

/** The error of a smart constructor: which value it was building and what was wrong. */
export interface ValueError {
  readonly value: ValueKind;
  readonly problem: Problem;
}

/** One problem in a decision's input, at a path such as `["actor", "email"]`. */
export interface InputIssue {
  readonly path: readonly (string | number)[];
  readonly problem: Problem;
}

/**
 * The typed parse error every decision returns when its input is malformed (INV-9): every
 * problem found, each with its path. Nothing was decided and nothing changed.
 */
export interface InvalidInput {
  readonly code: 'invalid_input';
  readonly issues: NonEmptyArray<InputIssue>;
}

/**
 * The type of an unknown value, for {@link Problem} `wrong_type`.
 *
 * @example
 * receivedType([]); // 'array'
 */
export const receivedType = (value: unknown): ReceivedType => {
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'array';
  } catch {
    // A revoked proxy throws even when asked whether it is an array: it is some object.
  }
  return typeof value;
};
