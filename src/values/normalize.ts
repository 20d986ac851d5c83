// Text made only of ASCII characters is already in NFC and stays ASCII when lower-cased, so its
// folded form needs neither normalization: the common case, taken without them.
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\u0000-\u007f]*$/;

/** Whether `text` holds only ASCII characters. */
export const isAscii = (text: string): boolean => ASCII.test(text);

/**
 * CX-7: the form in which two logins or two emails are compared: trimmed, NFC, lower case.
 * Lower-casing can leave a string outside NFC (a few compatibility letters), so NFC runs again.
 */
export const foldText = (input: string): string =>
  isAscii(input) ? input.trim().toLowerCase() : input.trim().normalize('NFC').toLowerCase().normalize('NFC');
