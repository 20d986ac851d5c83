import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { accessTo, FULL_ADMIN, NO_RIGHTS } from '../../src/index';
import { linked, primary, rights, user } from '../fixtures';

const owner = primary('owner', 1);

describe('accessTo', () => {
  it('PA-7: a primary account reaches its portfolio with full admin rights', () => {
    expect(accessTo({ account: owner, property: linked('h1', 1) })).toStrictEqual(
      ok({ reaches: true, rights: FULL_ADMIN }),
    );
  });

  it('CX-2: a non-primary account reaches what it was given, with its account-wide rights', () => {
    const clerk = user('clerk', ['h1', 'h7'], 'inbox');
    expect(accessTo({ account: clerk, property: linked('h7', 7) })).toStrictEqual(
      ok({ reaches: true, rights: rights('inbox') }),
    );
    expect(accessTo({ account: clerk, property: linked('h8', 1) })).toStrictEqual(
      ok({ reaches: false, rights: NO_RIGHTS }),
    );
  });
});
