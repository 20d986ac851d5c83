import type { Result } from 'neverthrow';

import { object, parserOf } from '../validation/check';
import { isAccount, isProperty } from '../validation/values';
import { type AccessRights, FULL_ADMIN, NO_RIGHTS } from '../values/accessRights';
import type { Account } from '../values/account';
import type { InvalidInput } from '../values/problem';
import type { Property } from '../values/property';
import { reaches } from './reach';

/** Which account and which property to look at. */
export interface AccessQuery {
  readonly account: Account;
  readonly property: Property;
}

/** Whether the account reaches the property, and with which rights. */
export interface Access {
  readonly reaches: boolean;
  readonly rights: AccessRights;
}

const parse = parserOf(object({ account: isAccount, property: isProperty }));

/**
 * PA-1, PA-7, CX-2: what an account may use of a property. A primary account reaches its
 * portfolio with full admin rights, always; a non-primary account reaches the properties it was
 * given, with its account-wide rights. Rejection codes: `invalid_input`.
 *
 * @example
 * accessTo({ account: primary, property }); // ok({ reaches: true, rights: ['admin'] })
 */
export const accessTo = (query: AccessQuery): Result<Access, InvalidInput> =>
  parse(query).map(({ account, property }) => {
    if (!reaches(account, property)) return { reaches: false, rights: NO_RIGHTS };
    return { reaches: true, rights: account.kind === 'primary' ? FULL_ADMIN : account.rights };
  });
