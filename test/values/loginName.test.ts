import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { loginName, MAX_LOGIN_LENGTH } from '../../src/index';

describe('loginName', () => {
  it('CX-7: a login is compared without regard to case, so "Anna.K" and "anna.k" are one login', () => {
    expect(loginName('Anna.K')).toStrictEqual(loginName('anna.k'));
    expect(loginName('Anna.K')).toStrictEqual(ok('anna.k'));
  });

  it('CX-7: surrounding whitespace is trimmed', () => {
    expect(loginName('  anna.k\t')).toStrictEqual(ok('anna.k'));
  });

  it('CX-7: composed and decomposed forms of the same letters are one login (NFC)', () => {
    const composed = 'bj\u00f6rn';
    const decomposed = 'bjo\u0308rn';
    expect(loginName(decomposed)).toStrictEqual(ok(composed));
    expect(loginName('BJO\u0308RN')).toStrictEqual(ok(composed));
  });

  it('CX-7: logins that differ in more than case or form stay different', () => {
    expect(loginName('anna.k')).not.toStrictEqual(loginName('anna.k2'));
  });

  it('an empty login is refused', () => {
    expect(loginName('   ')).toStrictEqual(err({ value: 'login_name', problem: { code: 'empty' } }));
  });

  it('an absurdly long login is refused', () => {
    expect(loginName('a'.repeat(MAX_LOGIN_LENGTH + 1))).toStrictEqual(
      err({ value: 'login_name', problem: { code: 'too_long', max: MAX_LOGIN_LENGTH, length: MAX_LOGIN_LENGTH + 1 } }),
    );
  });

  it('a login with a control character is refused', () => {
    expect(loginName('anna\u0000')).toStrictEqual(
      err({ value: 'login_name', problem: { code: 'control_character', position: 4 } }),
    );
  });

  it('a non-string login is refused with its type', () => {
    expect(loginName(7)).toStrictEqual(
      err({ value: 'login_name', problem: { code: 'wrong_type', expected: ['string'], received: 'number' } }),
    );
  });
});
