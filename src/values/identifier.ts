import type { Problem } from './problem';

// RFC 8264's IdentifierClass, which RFC 8265's UsernameCaseMapped profile builds on: a login holds
// letters, digits and combining marks of any script, and the printable ASCII characters; nothing
// else. Refused are the characters with a compatibility decomposition (HasCompat: "ﬁ", "ſ", "²",
// "µ", "①", "㎏", "ℌ" each look like, or stand for, other characters), other digits and letters
// (Roman numerals, circled numbers), symbols, punctuation and spaces outside ASCII, the old Hangul
// jamo, and everything unassigned. RFC 5892's exceptions apply. The characters whose use depends
// on their neighbours (CONTEXTO: the middle dot, the Greek lower numeral sign, the Hebrew
// punctuation and the katakana middle dot) are refused, and the two sets of Arabic-Indic digits
// may not be mixed in one login.

// General categories of RFC 8264's LetterDigits: Ll, Lu, Lo, Lm, Nd, Mn, Mc.
const LETTER_DIGIT = /^[\p{Ll}\p{Lu}\p{Lo}\p{Lm}\p{Nd}\p{Mn}\p{Mc}]$/u;

// RFC 5892, 2.6: valid whatever their category.
const VALID = new Set([0x00df, 0x03c2, 0x06fd, 0x06fe, 0x0f0b, 0x3007]);
// RFC 5892, 2.6: refused whatever their category, and the CONTEXTO characters.
const REFUSED = new Set([
  0x0640, 0x07fa, 0x302e, 0x302f, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303b, 0x00b7, 0x0375, 0x05f3, 0x05f4,
  0x30fb,
]);

// The conjoining Hangul jamo (Hangul_Syllable_Type L, V or T): modern text composes them.
const isOldHangulJamo = (code: number): boolean =>
  (code >= 0x1100 && code <= 0x11ff) || (code >= 0xa960 && code <= 0xa97f) || (code >= 0xd7b0 && code <= 0xd7ff);

const isArabicIndicDigit = (code: number): boolean => code >= 0x0660 && code <= 0x0669;
const isExtendedArabicIndicDigit = (code: number): boolean => code >= 0x06f0 && code <= 0x06f9;

const allowed = (code: number, character: string): boolean => {
  if (code >= 0x21 && code <= 0x7e) return true;
  if (VALID.has(code)) return true;
  if (REFUSED.has(code) || isOldHangulJamo(code)) return false;
  // HasCompat: the character has a compatibility decomposition, so NFKC changes it.
  return LETTER_DIGIT.test(character) && character.normalize('NFKC') === character;
};

/**
 * The first character of `text` outside RFC 8264's IdentifierClass, as a problem with its
 * position, or `null`. For text already bounded in length.
 */
export const identifierProblem = (text: string): Problem | null => {
  let arabic = false;
  let extended = false;
  let position = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    arabic ||= isArabicIndicDigit(code);
    extended ||= isExtendedArabicIndicDigit(code);
    if (!allowed(code, character) || (arabic && extended))
      return { code: 'disallowed_character', kind: 'not_identifier', position };
    position += character.length;
  }
  return null;
};
