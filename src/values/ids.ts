import { err, ok, type Result } from 'neverthrow';

import { isAsciiWord } from './ascii';
import type { Brand } from './brand';
import type { Problem, ValueError, ValueKind } from './problem';
import { textProblem } from './text';

/** The ID of a listed property (an accommodation). */
export type PropertyId = Brand<string, 'PropertyId'>;
/** The ID of a login account, primary or not. */
export type AccountId = Brand<string, 'AccountId'>;
/** The ID of an invitation. */
export type InvitationId = Brand<string, 'InvitationId'>;

/** The longest ID accepted, in UTF-16 code units. */
export const MAX_ID_LENGTH = 128;

/** What is wrong with `input` as an ID of any kind, or `null`. */
export const idProblem = (input: unknown): Problem | null =>
  typeof input === 'string' && isAsciiWord(input, MAX_ID_LENGTH, false) ? null : textProblem(input, MAX_ID_LENGTH);

const idConstructor =
  <Id extends string>(value: ValueKind) =>
  (input: unknown): Result<Id, ValueError> => {
    const problem = idProblem(input);
    // The one cast: an ID is any text that passes idProblem; the brand only keeps kinds apart.
    return problem === null ? ok(input as Id) : err({ value, problem });
  };

/**
 * Makes a {@link PropertyId}: a non-blank string of at most 128 units with no control characters.
 *
 * @example
 * propertyId('hotel-42'); // ok('hotel-42')
 */
export const propertyId: (input: unknown) => Result<PropertyId, ValueError> = idConstructor<PropertyId>('property_id');

/**
 * Makes an {@link AccountId}, with the same rules as {@link propertyId}.
 *
 * @example
 * accountId('anna'); // ok('anna')
 */
export const accountId: (input: unknown) => Result<AccountId, ValueError> = idConstructor<AccountId>('account_id');

/**
 * Makes an {@link InvitationId}, with the same rules as {@link propertyId}.
 *
 * @example
 * invitationId('inv-7'); // ok('inv-7')
 */
export const invitationId: (input: unknown) => Result<InvitationId, ValueError> =
  idConstructor<InvitationId>('invitation_id');
