import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';

import { accountId, displayName, email, loginName, MAX_LOGIN_LENGTH } from '../../src/index';
import { displayNameProblem } from '../../src/values/displayName';
import { emailProblem } from '../../src/values/email';
import { idProblem } from '../../src/values/ids';
import { loginNameProblem } from '../../src/values/loginName';

// CX-7: logins follow RFC 8265's UsernameCaseMapped profile, and one rule serves constructors and
// checks alike, so what a constructor makes, every decision accepts.

const invisible = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\u00ad',
  '\ufeff',
  '\u180e',
  '\u202e',
  '\u200e',
  '\u3164',
  '\ufe0f',
  '\u{e0041}',
  '\u061c',
  '\u2066',
];

describe('login names (RFC 8265, UsernameCaseMapped)', () => {
  it.each(invisible.map((character) => [character.codePointAt(0)?.toString(16) ?? '', character]))(
    'CX-7: U+%s, invisible or a direction control, is refused inside a login',
    (_, character) => {
      // U+FEFF is white space to JavaScript too: refused as a space, which it also is.
      expect(loginName(`an${character}na`)._unsafeUnwrapErr().problem).toMatchObject({ code: 'disallowed_character' });
    },
  );

  it('CX-7: full-width letters are the ASCII ones, so "ａｎｎａ" is the login "anna"', () => {
    expect(loginName('\uff21\uff4e\uff4e\uff41')._unsafeUnwrap()).toBe('anna');
    expect(loginName('an\u3000na')._unsafeUnwrapErr().problem).toMatchObject({
      code: 'disallowed_character',
      kind: 'space',
    });
  });

  it('one length, counted after mapping: "İ" × 64 lower-cases to 128 units and is too long for the constructor too', () => {
    expect(loginName('\u0130'.repeat(64))._unsafeUnwrapErr().problem).toStrictEqual({
      code: 'too_long',
      max: MAX_LOGIN_LENGTH,
      length: 128,
    });
  });

  it('a lone surrogate is not text: refused in logins and IDs', () => {
    expect(loginName('\ud800x')._unsafeUnwrapErr().problem).toMatchObject({
      code: 'disallowed_character',
      kind: 'lone_surrogate',
    });
    expect(accountId('\udfff').isErr()).toBe(true);
  });

  it('an email domain in NFD is the same address as in NFC; an invisible character in an email is refused', () => {
    expect(email('a@cafe\u0301.example')).toStrictEqual(email('a@caf\u00e9.example'));
    expect(email('an\u200bna@example.com')._unsafeUnwrapErr().problem).toMatchObject({
      code: 'disallowed_character',
      kind: 'invisible',
    });
  });

  it('names keep the joiners Persian and emoji need, and refuse direction controls', () => {
    expect(displayName('\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645').isOk()).toBe(true);
    expect(displayName('Anna\u202e').isErr()).toBe(true);
  });

  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 70 }),
    fc
      .array(fc.constantFrom('a', 'A', '\u0130', '\u00df', '\uff41', ' ', '\u200b', 'e\u0301', '\u212a', '\ud800'), {
        maxLength: 70,
      })
      .map((units) => units.join('')),
  );

  it.prop([text], { numRuns: 2000 })('what each constructor makes, its check accepts: one rule for both', (input) => {
    for (const [make, problem] of [
      [loginName, loginNameProblem],
      [email, emailProblem],
      [displayName, displayNameProblem],
      [accountId, idProblem],
    ] as const) {
      const made = make(input);
      if (made.isOk()) expect(problem(made.value)).toBeNull();
    }
  });

  const wide = (input: string): string =>
    input.replace(/[\u0021-\u007e]/gu, (character) => String.fromCodePoint((character.codePointAt(0) ?? 0) + 0xfee0));
  it.prop([text], { numRuns: 2000 })('two logins that differ only by width or Unicode form are one login', (input) => {
    const made = loginName(input);
    fc.pre(made.isOk());
    expect(loginName(wide(input).normalize('NFD')).map(String)).toStrictEqual(made.map(String));
  });
});
