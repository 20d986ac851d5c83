import type { Result } from 'neverthrow';

import { parserOf } from '../validation/check';
import { isAccount } from '../validation/values';
import type { Account, AccountKind } from '../values/account';
import type { AccountId } from '../values/ids';
import type { InvalidInput } from '../values/problem';

/** Which kind of account someone holds (PA-8), as the account page shows it. */
export interface AccountTypeView {
  readonly account: AccountId;
  readonly kind: AccountKind;
  /** `true` when "primary account" shows under the account's name. */
  readonly primaryBadge: boolean;
}

const parse = parserOf(isAccount);

/**
 * PA-8: which kind of account this is. Anyone may ask; only malformed input is refused.
 * Rejection codes: `invalid_input`.
 *
 * @example
 * accountType(primary); // ok({ account: 'acc-1', kind: 'primary', primaryBadge: true })
 */
export const accountType = (account: Account): Result<AccountTypeView, InvalidInput> =>
  parse(account).map(({ id, kind }) => ({ account: id, kind, primaryBadge: kind === 'primary' }));
