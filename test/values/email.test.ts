import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { email, MAX_EMAIL_LENGTH } from '../../src/index';

describe('email', () => {
  it('CX-7: emails compare case-insensitively and are trimmed', () => {
    expect(email(' Anna@Example.COM ')).toStrictEqual(ok('anna@example.com'));
    expect(email('ANNA@example.com')).toStrictEqual(email('anna@EXAMPLE.com'));
  });

  it('an international domain is accepted', () => {
    expect(email('kund@hotell-åre.se')).toStrictEqual(ok('kund@hotell-åre.se'));
  });

  it.each([
    'anna',
    'anna@',
    '@example.com',
    'anna@example',
    'an na@example.com',
    'anna@exa_mple.com',
    'anna@-example.com',
    'anna@example..com',
  ])('a malformed address (%s) is refused', (text) => {
    expect(email(text)).toStrictEqual(err({ value: 'email', problem: { code: 'malformed_email' } }));
  });

  it('an empty address is refused as empty', () => {
    expect(email('')).toStrictEqual(err({ value: 'email', problem: { code: 'empty' } }));
  });

  it('an absurdly long address is refused as too long', () => {
    const text = `${'a'.repeat(64)}@${'b'.repeat(MAX_EMAIL_LENGTH)}.com`;
    expect(email(text)).toStrictEqual(
      err({ value: 'email', problem: { code: 'too_long', max: MAX_EMAIL_LENGTH, length: text.length } }),
    );
  });

  it('a control character is refused with its position', () => {
    expect(email('anna@example.com\r\nBcc: x@y.z')).toStrictEqual(
      err({ value: 'email', problem: { code: 'control_character', position: 16 } }),
    );
  });
});
