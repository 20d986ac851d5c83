// Text from a file reaches a terminal only as text: characters a terminal acts on instead of
// showing (C0 and C1 controls, DEL, and the bidi controls that reorder what follows) are shown
// as \u escapes, inert and readable, and still valid inside a JSON string.

const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

const isUnsafe = (unit: number, keepLines: boolean): boolean => {
  if (keepLines && (unit === 0x09 || unit === 0x0a)) return false;
  return unit < 0x20 || (unit >= 0x7f && unit <= 0x9f) || BIDI.has(unit);
};

const escaped = (text: string, keepLines: boolean): string => {
  let out = '';
  let from = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (!isUnsafe(unit, keepLines)) continue;
    out += `${text.slice(from, index)}\\u${unit.toString(16).padStart(4, '0')}`;
    from = index + 1;
  }
  return from === 0 ? text : out + text.slice(from);
};

/** Text as it may reach a terminal: tabs and line breaks kept, every other control escaped. */
export const printable = (text: string): string => escaped(text, true);

/** One line from a file (a title, a key, a parser's quote of it): line breaks escaped too. */
export const oneLine = (text: string): string => escaped(text, false);
