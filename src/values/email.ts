import type { Result } from 'neverthrow';

import { isAsciiEmail } from './ascii';
import type { Brand } from './brand';
import { foldText, isAscii } from './normalize';
import type { Problem, ValueError } from './problem';
import { canonicalProblem, type CanonicalText, invisibleProblem, textProblem, toCanonical } from './text';

/**
 * An email address, held in its compared form (CX-7: emails compare case-insensitively). Unlike
 * a login, one email may belong to several accounts (CX-4).
 */
export type Email = Brand<string, 'Email'>;

/** The longest email accepted (the SMTP path limit). */
export const MAX_EMAIL_LENGTH = 254;

// One "@", a local part without spaces, and a domain of dot-separated labels: enough to refuse
// what cannot be an address, without pretending to decide deliverability.
const LOCAL = /^[^\s@]{1,64}$/u;
// Marks too: in NFC, many scripts' letters still carry combining marks.
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;

// The same rule for an ASCII domain, as one pattern: two or more labels of letters, digits and
// inner hyphens. Most addresses take this path, without splitting the domain.
const ASCII_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const ASCII_DOMAIN = new RegExp(`^${ASCII_LABEL}(?:\\.${ASCII_LABEL})+$`, 'i');

/** Whether `domain` is two or more well-formed labels. Exported for its test. */
export const domainWellFormed = (domain: string): boolean => {
  if (isAscii(domain)) return ASCII_DOMAIN.test(domain);
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => LABEL.test(label));
};

const shapeProblem = (text: string): Problem | null => {
  const at = text.lastIndexOf('@');
  const wellFormed = at > 0 && LOCAL.test(text.slice(0, at)) && domainWellFormed(text.slice(at + 1));
  return wellFormed ? null : { code: 'malformed_email' };
};

const EMAIL: CanonicalText = {
  max: MAX_EMAIL_LENGTH,
  canonical: foldText,
  problem: (text) => textProblem(text, MAX_EMAIL_LENGTH) ?? invisibleProblem(text) ?? shapeProblem(text),
};

/** What is wrong with `input` as an already made {@link Email}, or `null`. */
export const emailProblem = (input: unknown): Problem | null =>
  typeof input === 'string' && isAsciiEmail(input, MAX_EMAIL_LENGTH) ? null : canonicalProblem(input, EMAIL);

/**
 * Makes an {@link Email} from what a person typed; the result is its compared form (CX-7).
 *
 * @example
 * email(' Anna@Example.COM '); // ok('anna@example.com')
 * email('anna@');              // err({ value: 'email', problem: { code: 'malformed_email' } })
 */
export const email = (input: unknown): Result<Email, ValueError> =>
  toCanonical(input, EMAIL)
    // The one cast: the text passed the checks and is now in its compared form.
    .map((text) => text as Email)
    .mapErr((problem) => ({ value: 'email', problem }));
