import { err, ok, type Result } from 'neverthrow';
import { receivedType, type Problem } from './problem';

// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators: none of them
// belongs in an ID, a login, an email or a name, and they are how log and header injection start.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's whole job
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

/**
 * The checks every textual value shares: a string, not blank, at most `max` UTF-16 units, no
 * control characters. Returns the first problem, or `null` when the text is acceptable.
 */
export const textProblem = (input: unknown, max: number): Problem | null => {
  if (typeof input !== 'string') {
    return { code: 'wrong_type', expected: ['string'], received: receivedType(input) };
  }
  if (input.length > max) return { code: 'too_long', max, length: input.length };
  if (input.trim().length === 0) return { code: 'empty' };
  const control = CONTROL.exec(input);
  if (control !== null) return { code: 'control_character', position: control.index };
  return null;
};

/** The rules of a text value held in a canonical form: its checks on the raw text, and the form. */
export interface CanonicalText {
  /** What is wrong with the raw text, or `null`; called only with strings. */
  readonly problem: (text: string) => Problem | null;
  /** The form the value is held and compared in. */
  readonly canonical: (text: string) => string;
}

/** The canonical form of `input`, or the problem with it. */
export const toCanonical = (input: unknown, rule: CanonicalText): Result<string, Problem> => {
  if (typeof input !== 'string') return err({ code: 'wrong_type', expected: ['string'], received: receivedType(input) });
  const problem = rule.problem(input);
  return problem === null ? ok(rule.canonical(input)) : err(problem);
};

/** What is wrong with `input` as a value already made: the raw checks, then its form. */
export const canonicalProblem = (input: unknown, rule: CanonicalText): Problem | null =>
  toCanonical(input, rule).match(
    (normalized) => (normalized === input ? null : { code: 'not_normalized', normalized }),
    (problem) => problem,
  );
