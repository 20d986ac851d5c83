import { readFileSync } from 'node:fs';

import { describe, expect, it, vi } from 'vitest';

import { renderConfusables } from '../../scripts/confusables';
import { displayName, email, instant, loginName, loginSkeleton, MAX_LOGIN_LENGTH } from '../../src/index';

// CX-7: a login holds only what RFC 8264's IdentifierClass allows, and no two logins look alike:
// look-alikes share a skeleton (UTS #39), which a platform keeps unique.

const login = (text: string) => loginName(text)._unsafeUnwrap();

describe('logins hold only IdentifierClass characters (RFC 8264, as RFC 8265 asks)', () => {
  it.each([
    ['\ufb01le', 0],
    ['\ufb00', 0],
    ['\u017fam', 0],
    ['user\u00b2', 4],
    ['\u00b5s', 0],
    ['henry\u2173', 5],
    ['anna\u2460', 4],
    ['\u338f', 0],
    ['\u210cans', 0],
    ['anna\u00b7k', 4],
    ['a\u2014b', 1],
    ['a\u1100', 1],
    ['\u0661\u06f1', 1],
  ])(
    'CX-7: %j is refused at position %i (a compatibility form, symbol, context character or old jamo)',
    (text, position) => {
      expect(loginName(text)._unsafeUnwrapErr().problem).toStrictEqual({
        code: 'disallowed_character',
        kind: 'not_identifier',
        position,
      });
    },
  );

  it.each(['anna.k', 'björn', 'ß', 'ελένη', 'мария', '王小明', 'ānanda', 'x-y_z+1@dept', '\u0661\u0662'])(
    'CX-7: %j, letters, digits and marks of one script or ASCII, is a login',
    (text) => {
      expect(loginName(text).isOk()).toBe(true);
    },
  );

  it('width forms are mapped before the check: full-width letters are ASCII ones', () => {
    expect(login('\uff41\uff4e\uff4e\uff41')).toBe('anna');
  });
});

describe('look-alike logins have one skeleton (UTS #39)', () => {
  it.each([
    ['\u0430nna', 'anna'],
    ['b\u03bfb', 'bob'],
    ['\u0440\u0430\u0443\u0440\u0430l', 'paypal'],
    ['anna1', 'annal'],
    ['rnoa', 'moa'],
  ])('CX-7: %j looks like %j', (a, b) => {
    expect(loginSkeleton(a)).toStrictEqual(loginSkeleton(b));
  });

  it.each([
    ['anna', 'anne'],
    ['bob', 'rob'],
    ['astrid.nordlys', 'astrid.nordlys2'],
  ])('CX-7: %j and %j stay apart', (a, b) => {
    expect(loginSkeleton(a)).not.toStrictEqual(loginSkeleton(b));
  });

  // Not under mutation testing: Stryker writes `// @ts-nocheck` into every source it copies, so the
  // copy is never the script's output; and a file's text kills no mutant.
  it.skipIf(process.env['MUTATION'] !== undefined)(
    'the table is what scripts/confusables.ts writes from the Unicode data (npm run confusables)',
    () => {
      expect(readFileSync(new URL('../../src/values/confusables.ts', import.meta.url), 'utf8')).toBe(
        renderConfusables(),
      );
    },
  );
});

describe('cost bounded by size: no normalization or pattern reads an over-long text', () => {
  const marks = `a${'\u0301\u0323\u0302'.repeat(100_000)}`;

  it.each([
    ['a login', () => loginName(marks), MAX_LOGIN_LENGTH],
    ['an email', () => email(`${marks}@example.com`), 254],
    ['a name', () => displayName(marks), 200],
  ])('%s of 300,001 units, most of them combining marks, is too long before it is normalized', (_, make, max) => {
    const normalize = vi.spyOn(String.prototype, 'normalize');
    try {
      const problem = make()._unsafeUnwrapErr().problem;
      expect(problem).toMatchObject({ code: 'too_long', max });
      expect(normalize).not.toHaveBeenCalled();
    } finally {
      normalize.mockRestore();
    }
  });

  it('a time of a million characters is malformed before the ISO 8601 pattern reads it', () => {
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    try {
      expect(instant('2'.repeat(1_000_000))._unsafeUnwrapErr().problem).toStrictEqual({ code: 'malformed_timestamp' });
      expect(exec).not.toHaveBeenCalled();
    } finally {
      exec.mockRestore();
    }
  });

  it('the bound is four times the limit: no text that fits once normalized is refused by it', () => {
    // U+1F82 decomposes into four code points, the most NFC ever composes into one.
    const greek = '\u1f82'.normalize('NFD').repeat(MAX_LOGIN_LENGTH);
    expect(greek.length).toBe(4 * MAX_LOGIN_LENGTH);
    expect(loginName(greek).map((text) => text.length)).toStrictEqual(
      loginName('\u1f82'.repeat(64)).map((text) => text.length),
    );
    expect(loginName(greek).isOk()).toBe(true);
  });
});
