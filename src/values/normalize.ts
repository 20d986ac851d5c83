/**
 * CX-7: the form in which two logins or two emails are compared: trimmed, NFC, lower case.
 * Lower-casing can leave a string outside NFC (a few compatibility letters), so NFC runs again.
 */
export const foldText = (input: string): string => input.trim().normalize('NFC').toLowerCase().normalize('NFC');
