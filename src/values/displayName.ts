import type { Result } from 'neverthrow';

import { isAsciiName } from './ascii';
import type { Brand } from './brand';
import type { Problem, ValueError } from './problem';
import { canonicalProblem, type CanonicalText, invisibleInNameProblem, textProblem, toCanonical } from './text';

/** A person's or an account's display name, as shown in the extranet; trimmed, NFC. */
export type DisplayName = Brand<string, 'DisplayName'>;

/** The longest display name accepted. */
export const MAX_DISPLAY_NAME_LENGTH = 200;

const NAME: CanonicalText = {
  max: MAX_DISPLAY_NAME_LENGTH,
  canonical: (text) => text.trim().normalize('NFC'),
  problem: (text) => textProblem(text, MAX_DISPLAY_NAME_LENGTH) ?? invisibleInNameProblem(text),
};

/** What is wrong with `input` as an already made {@link DisplayName}, or `null`. */
export const displayNameProblem = (input: unknown): Problem | null =>
  typeof input === 'string' && isAsciiName(input, MAX_DISPLAY_NAME_LENGTH) ? null : canonicalProblem(input, NAME);

/**
 * Makes a {@link DisplayName}: non-blank, at most 200 units after NFC, no control characters and
 * nothing invisible or direction-changing but the joiners some scripts and emoji need.
 *
 * @example
 * displayName(' Anna Karlsson '); // ok('Anna Karlsson')
 */
export const displayName = (input: unknown): Result<DisplayName, ValueError> =>
  toCanonical(input, NAME)
    // The one cast: the text passed the checks and is now trimmed and NFC.
    .map((text) => text as DisplayName)
    .mapErr((problem) => ({ value: 'display_name', problem }));
