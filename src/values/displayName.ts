import { err, ok, type Result } from 'neverthrow';
import type { Brand } from './brand';
import type { Problem, ValueError } from './problem';
import { textProblem } from './text';

/** A person's or an account's display name, as shown in the extranet; trimmed, NFC. */
export type DisplayName = Brand<string, 'DisplayName'>;

/** The longest display name accepted. */
export const MAX_DISPLAY_NAME_LENGTH = 200;

/** What is wrong with `input` as an already made {@link DisplayName}, or `null`. */
export const displayNameProblem = (input: unknown): Problem | null => {
  const problem = textProblem(input, MAX_DISPLAY_NAME_LENGTH);
  if (problem !== null || typeof input !== 'string') return problem;
  const normalized = input.trim().normalize('NFC');
  return normalized === input ? null : { code: 'not_normalized', normalized };
};

/**
 * Makes a {@link DisplayName}: non-blank, at most 200 units, no control characters.
 *
 * @example
 * displayName(' Anna Karlsson '); // ok('Anna Karlsson')
 */
export const displayName = (input: unknown): Result<DisplayName, ValueError> => {
  const problem = textProblem(input, MAX_DISPLAY_NAME_LENGTH);
  if (problem !== null || typeof input !== 'string') {
    return err({ value: 'display_name', problem: problem ?? { code: 'empty' } });
  }
  // The one cast: the text passed the checks and is now trimmed and NFC.
  return ok(input.trim().normalize('NFC') as DisplayName);
};
