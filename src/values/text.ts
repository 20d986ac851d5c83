import { err, ok, type Result } from 'neverthrow';

import { type Problem, receivedType } from './problem';

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
  return surrogateProblem(input);
};

// Half of a UTF-16 surrogate pair without its other half: not text at all.
const LONE_SURROGATE = /\p{Cs}/u;
// Characters that show nothing, or change how the others around them show: default-ignorable
// code points (zero-width spaces and joiners, soft hyphen, variation selectors, tags, fillers)
// and the bidirectional controls (all twelve of which are default-ignorable too). Two texts that
// differ only by them look alike.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
// The same, but for the joiners that Persian, Indic scripts and emoji need inside names.
const INVISIBLE_IN_NAMES = /(?![\u200c\u200d])\p{Default_Ignorable_Code_Point}/u;
const SPACE = /\s/u;

/** What is wrong with `text` for holding a character `pattern` finds, as `kind`, or `null`. */
const characterProblem = (
  text: string,
  pattern: RegExp,
  kind: 'invisible' | 'space' | 'lone_surrogate',
): Problem | null => {
  const found = pattern.exec(text);
  return found === null ? null : { code: 'disallowed_character', kind, position: found.index };
};

/** A lone surrogate, anywhere in a text value. */
export const surrogateProblem = (text: string): Problem | null =>
  characterProblem(text, LONE_SURROGATE, 'lone_surrogate');

/** An invisible or bidirectional-control character (logins and emails). */
export const invisibleProblem = (text: string): Problem | null => characterProblem(text, INVISIBLE, 'invisible');

/** An invisible or bidirectional-control character other than the joiners (names). */
export const invisibleInNameProblem = (text: string): Problem | null =>
  characterProblem(text, INVISIBLE_IN_NAMES, 'invisible');

/** A space of any kind (logins, RFC 8265: an identifier holds none). */
export const spaceProblem = (text: string): Problem | null => characterProblem(text, SPACE, 'space');

/**
 * The rules of a text value held in a canonical form: the form, and what the text in that form
 * may not be. One rule for both ways in: a constructor maps the text, then checks the result;
 * a check of an already made value asks that it is in the form and passes the same rule.
 */
export interface CanonicalText {
  /** The longest value in the canonical form, in UTF-16 code units. */
  readonly max: number;
  /** The form the value is held and compared in. */
  readonly canonical: (text: string) => string;
  /** What is wrong with text in the canonical form, or `null`. */
  readonly problem: (text: string) => Problem | null;
}

/**
 * How many times shorter NFC can make a text: at most four code units compose into one character
 * (a Greek vowel with breathing, accent and iota subscript). Lower-casing and width mapping never
 * shorten a text further.
 */
export const MAX_COMPOSITION = 4;

/**
 * The canonical form of `input`, or the problem with it. Text longer than {@link MAX_COMPOSITION}
 * times the limit, once trimmed, cannot fit it in any form and is refused before it is normalized:
 * normalizing a long run of combining marks takes time that grows with the square of the run.
 */
export const toCanonical = (input: unknown, rule: CanonicalText): Result<string, Problem> => {
  if (typeof input !== 'string')
    return err({ code: 'wrong_type', expected: ['string'], received: receivedType(input) });
  const trimmed = input.trim();
  if (trimmed.length > rule.max * MAX_COMPOSITION)
    return err({ code: 'too_long', max: rule.max, length: trimmed.length });
  const canonical = rule.canonical(trimmed);
  const problem = rule.problem(canonical);
  return problem === null ? ok(canonical) : err(problem);
};

/** What is wrong with `input` as a value already made: the raw checks, then its form. */
export const canonicalProblem = (input: unknown, rule: CanonicalText): Problem | null =>
  toCanonical(input, rule).match(
    (normalized) => (normalized === input ? null : { code: 'not_normalized', normalized }),
    (problem) => problem,
  );
