import type { Result } from 'neverthrow';

import { isAsciiWord } from './ascii';
import type { Brand } from './brand';
import { identifierProblem } from './identifier';
import { foldText } from './normalize';
import type { Problem, ValueError } from './problem';
import { canonicalProblem, type CanonicalText, invisibleProblem, spaceProblem, textProblem, toCanonical } from './text';

// The ideographic space and the Halfwidth and Fullwidth Forms block: each has a <wide> or
// <narrow> compatibility mapping, which NFKC applies; nothing else is mapped (RFC 8265, 3.3.1).
const WIDTH_FORMS = /[\u3000\uff01-\uffee]/gu;
const widthMapped = (text: string): string => text.replace(WIDTH_FORMS, (form) => form.normalize('NFKC'));

/**
 * A login name, unique on the platform (CX-4), held in its compared form (CX-7), RFC 8265's
 * UsernameCaseMapped profile: trimmed, width-mapped, lower case, NFC, so `Anna.K`, `anna.k` and
 * `ａｎｎａ.ｋ` are one login; it holds no space and no invisible or direction-changing character.
 */
export type LoginName = Brand<string, 'LoginName'>;

/** The longest login name accepted, in UTF-16 code units. */
export const MAX_LOGIN_LENGTH = 64;

// RFC 8265's UsernameCaseMapped profile: full- and half-width forms mapped to their ordinary
// ones, then lower case and NFC (foldText); the result holds no space, nothing invisible and no
// direction control, and only characters of RFC 8264's IdentifierClass (identifier.ts). Its
// length is counted after the mapping, the only length there is.
const LOGIN: CanonicalText = {
  max: MAX_LOGIN_LENGTH,
  canonical: (text) => foldText(widthMapped(text)),
  problem: (text) =>
    textProblem(text, MAX_LOGIN_LENGTH) ?? spaceProblem(text) ?? invisibleProblem(text) ?? identifierProblem(text),
};

/** What is wrong with `input` as an already made {@link LoginName}, or `null`. */
export const loginNameProblem = (input: unknown): Problem | null =>
  typeof input === 'string' && isAsciiWord(input, MAX_LOGIN_LENGTH, true) ? null : canonicalProblem(input, LOGIN);

/**
 * Makes a {@link LoginName} from what a person typed; the result is its compared form (CX-7).
 *
 * @example
 * loginName('  Anna.K '); // ok('anna.k')
 * loginName('an\u200bna');  // err({ value: 'login_name', problem: { code: 'disallowed_character', kind: 'invisible', position: 2 } })
 */
export const loginName = (input: unknown): Result<LoginName, ValueError> =>
  toCanonical(input, LOGIN)
    // The one cast: the text passed the checks and is now in its compared form.
    .map((text) => text as LoginName)
    .mapErr((problem) => ({ value: 'login_name', problem }));
