import type { Result } from 'neverthrow';

import { arrayOf, object, parserOf } from '../validation/check';
import { isPrimary, isProperty } from '../validation/values';
import type { PrimaryAccount } from '../values/account';
import { MAX_RECORDS } from '../values/account';
import type { PropertyId } from '../values/ids';
import type { InvalidInput } from '../values/problem';
import type { Property } from '../values/property';
import { inPortfolio } from './reach';

/** A primary account and the properties to look through. */
export interface PortfolioQuery {
  readonly primary: PrimaryAccount;
  readonly properties: readonly Property[];
}

const parse = parserOf(object({ primary: isPrimary, properties: arrayOf(isProperty, MAX_RECORDS) }));

/**
 * PA-1: the IDs of the properties in a primary account's portfolio, derived from their links:
 * every property with the agreement's LEID, and every one the platform attached to it (PA-4).
 * Rejection codes: `invalid_input`.
 *
 * @example
 * portfolioOf({ primary, properties: [linked, attached, other] }); // ok(['hotel-1', 'hotel-2'])
 */
export const portfolioOf = (query: PortfolioQuery): Result<readonly PropertyId[], InvalidInput> =>
  parse(query).map(({ primary, properties }) =>
    properties.filter((property) => inPortfolio(primary, property)).map(({ id }) => id),
  );
