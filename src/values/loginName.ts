import { err, ok, type Result } from 'neverthrow';
import type { Brand } from './brand';
import { foldText } from './normalize';
import type { Problem, ValueError } from './problem';
import { textProblem } from './text';

/**
 * A login name, unique on the platform (CX-4), held in its compared form (CX-7): trimmed, NFC,
 * lower case, so `Anna.K` and `anna.k` are the same login.
 */
export type LoginName = Brand<string, 'LoginName'>;

/** The longest login name accepted, in UTF-16 code units. */
export const MAX_LOGIN_LENGTH = 64;

/** What is wrong with `input` as the raw text of a login name, or `null`. */
const rawLoginProblem = (input: unknown): Problem | null =>
  textProblem(typeof input === 'string' ? input.trim() : input, MAX_LOGIN_LENGTH);

/** What is wrong with `input` as an already made {@link LoginName}, or `null`. */
export const loginNameProblem = (input: unknown): Problem | null => {
  const problem = rawLoginProblem(input);
  if (problem !== null || typeof input !== 'string') return problem;
  const normalized = foldText(input);
  return normalized === input ? null : { code: 'not_normalized', normalized };
};

/**
 * Makes a {@link LoginName} from what a person typed; the result is its compared form (CX-7).
 *
 * @example
 * loginName('  Anna.K '); // ok('anna.k')
 */
export const loginName = (input: unknown): Result<LoginName, ValueError> => {
  const problem = rawLoginProblem(input);
  if (problem !== null || typeof input !== 'string') {
    return err({ value: 'login_name', problem: problem ?? { code: 'empty' } });
  }
  // The one cast: the text passed the checks and is now in its compared form.
  return ok(foldText(input) as LoginName);
};
