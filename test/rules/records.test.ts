import { describe, expect, it } from 'vitest';

import { addUser, canAddUser, makeAccount, type NonPrimaryAccount } from '../../src/index';
import { trustedAs } from '../../src/validation/trust';
import { MAX_RECORDS } from '../../src/values/account';
import { linked, primary, user } from '../fixtures';

const owner = primary('owner', 1);
const hotel = linked('h1', 1);

// A non-primary account made by the library, reaching `count` properties of another agreement.
const reaching = (count: number): NonPrimaryAccount => {
  const properties = Array.from({ length: count }, (_, index) => `p${String(index)}`);
  return makeAccount({ ...user('wide', [], 'inbox'), properties })._unsafeUnwrap() as NonPrimaryAccount;
};

describe('the records a decision hands back', () => {
  it(
    'INV-9: an account given its MAX_RECORDS-th property is trusted; one given a property past it is refused by the next decision',
    { timeout: 60_000 },
    () => {
      const added = (account: NonPrimaryAccount) =>
        addUser({
          actor: owner,
          property: hotel,
          username: account.login,
          email: account.email,
          accountWithUsername: account,
        });

      const atLimit = added(reaching(MAX_RECORDS - 1))._unsafeUnwrap().account;
      expect(atLimit.properties).toHaveLength(MAX_RECORDS);
      expect(Object.isFrozen(atLimit)).toBe(true);
      expect(trustedAs(atLimit)).toBeDefined();

      const past = added(reaching(MAX_RECORDS))._unsafeUnwrap().account;
      expect(past.properties).toHaveLength(MAX_RECORDS + 1);
      expect(Object.isFrozen(past)).toBe(true);
      expect(trustedAs(past)).toBeUndefined();
      const again = canAddUser({
        actor: primary('other', 2),
        property: linked('h2', 2),
        username: past.login,
        email: past.email,
        accountWithUsername: past,
      });
      expect(again._unsafeUnwrapErr()).toMatchObject({
        code: 'invalid_input',
        issues: [{ path: ['accountWithUsername', 'properties'] }],
      });
    },
  );
});
