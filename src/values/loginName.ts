import type { Result } from 'neverthrow';
import type { Brand } from './brand';
import { foldText } from './normalize';
import type { Problem, ValueError } from './problem';
import { canonicalProblem, textProblem, toCanonical, type CanonicalText } from './text';

/**
 * A login name, unique on the platform (CX-4), held in its compared form (CX-7): trimmed, NFC,
 * lower case, so `Anna.K` and `anna.k` are the same login.
 */
export type LoginName = Brand<string, 'LoginName'>;

/** The longest login name accepted, in UTF-16 code units. */
export const MAX_LOGIN_LENGTH = 64;

const LOGIN: CanonicalText = { problem: (text) => textProblem(text.trim(), MAX_LOGIN_LENGTH), canonical: foldText };

/** What is wrong with `input` as an already made {@link LoginName}, or `null`. */
export const loginNameProblem = (input: unknown): Problem | null => canonicalProblem(input, LOGIN);

/**
 * Makes a {@link LoginName} from what a person typed; the result is its compared form (CX-7).
 *
 * @example
 * loginName('  Anna.K '); // ok('anna.k')
 */
export const loginName = (input: unknown): Result<LoginName, ValueError> =>
  toCanonical(input, LOGIN)
    // The one cast: the text passed the checks and is now in its compared form.
    .map((text) => text as LoginName)
    .mapErr((problem) => ({ value: 'login_name', problem }));
