// Short paths for the common case of a value check: text of printable ASCII characters, which
// needs no normalization, no case folding beyond what the loop sees, and no regex. Each answers
// only "certainly valid"; anything else goes to the general rule, which says what is wrong.
// test/values/fastPaths.prop.test.ts holds each to the general rule.

const SPACE = 0x20;
const FIRST_VISIBLE = 0x21;
const LAST_VISIBLE = 0x7e;
const CAPITAL_A = 0x41;
const CAPITAL_Z = 0x5a;

/** 1 to `max` printable ASCII characters without spaces; with `lower`, without capitals either. */
export const isAsciiWord = (text: string, max: number, lower: boolean): boolean => {
  const length = text.length;
  if (length === 0 || length > max) return false;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < FIRST_VISIBLE || code > LAST_VISIBLE || (lower && code >= CAPITAL_A && code <= CAPITAL_Z)) return false;
  }
  return true;
};

/** 1 to `max` printable ASCII characters, spaces inside but not at either end. */
export const isAsciiName = (text: string, max: number): boolean => {
  const length = text.length;
  if (length === 0 || length > max) return false;
  if (text.charCodeAt(0) === SPACE || text.charCodeAt(length - 1) === SPACE) return false;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < SPACE || code > LAST_VISIBLE) return false;
  }
  return true;
};

const AT = 0x40;
const DOT = 0x2e;
const HYPHEN = 0x2d;

// The label from `start` up to `end`: 1 to 63 characters, no hyphen at either end.
const isLabel = (text: string, start: number, end: number): boolean =>
  end - start >= 1 && end - start <= 63 && text.charCodeAt(start) !== HYPHEN && text.charCodeAt(end - 1) !== HYPHEN;

const isLabelCharacter = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d;

/**
 * A lower-case ASCII address of at most `max` characters: a local part of 1 to 64 visible
 * characters without "@", then a domain of two or more labels of letters, digits and inner hyphens,
 * each of 1 to 63 characters.
 */
export const isAsciiEmail = (text: string, max: number): boolean => {
  // One pass: the local part up to the first "@", then the domain label by label.
  const length = text.length;
  if (length === 0 || length > max) return false;
  let at = -1;
  let labels = 0;
  let start = 0;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (at === -1) {
      if (code === AT) {
        if (index < 1 || index > 64) return false;
        at = index;
        start = index + 1;
      } else if (code < FIRST_VISIBLE || code > LAST_VISIBLE || (code >= CAPITAL_A && code <= CAPITAL_Z)) return false;
    } else if (code === DOT) {
      if (!isLabel(text, start, index)) return false;
      labels += 1;
      start = index + 1;
    } else if (!isLabelCharacter(code)) return false;
  }
  return at !== -1 && isLabel(text, start, length) && labels >= 1;
};
