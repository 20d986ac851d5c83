import type { Result } from 'neverthrow';

import { type AccessRights, accessRights, AREAS, MAX_RIGHTS_LIST } from '../values/accessRights';
import { displayName } from '../values/displayName';
import { email } from '../values/email';
import { accountId, invitationId, propertyId } from '../values/ids';
import { type Instant, instant } from '../values/instant';
import { legalEntityId } from '../values/legalEntityId';
import { loginName } from '../values/loginName';
import { receivedType, type ValueError } from '../values/problem';
import { arrayOf, boolean, type Check, INVALID, literal } from './check';
import { isDisplayName, isEmail, isInstant, isLogin, isRights } from './leaves';
import type { LeafChecks } from './shapes';

export {
  isAccountId,
  isDisplayName,
  isEmail,
  isInstant,
  isInvitationId,
  isLeid,
  isLogin,
  isPropertyId,
  isRights,
  LEAF_CHECKS,
} from './leaves';

// The same values as JSON brings them, each built by its smart constructor: a login in any case
// or width, an email in capitals, a moment as ISO 8601 text or milliseconds.
const built =
  <T>(make: (input: unknown) => Result<T, ValueError>): Check<T> =>
  (value, issues) =>
    make(value).match(
      (made) => made,
      ({ problem }) => {
        issues.push({ path: [], problem });
        return INVALID;
      },
    );

const instantFromJson: Check<Instant> = (value, issues) => {
  if (typeof value === 'string' || typeof value === 'number') return built(instant)(value, issues);
  issues.push({
    path: [],
    problem: { code: 'wrong_type', expected: ['string', 'number'], received: receivedType(value) },
  });
  return INVALID;
};

// Each right read at its own index, as the JSON Schema names them; the list then in canonical form.
const rightFromJson = literal('admin', ...AREAS);
const rightsFromJson: Check<AccessRights> = (value, issues) => {
  const items = arrayOf(rightFromJson, MAX_RIGHTS_LIST)(value, issues);
  return items === INVALID ? INVALID : built(accessRights)(items, issues);
};

// A value already in its made form (most of what a store or a client sends: a lower-case login,
// a moment in milliseconds) is taken as the made value's check takes it, without building it again:
// for such a value the constructor answers it unchanged. Anything else is built.
const madeOrBuilt =
  <T>(made: Check<T>, build: Check<T>): Check<T> =>
  (value, issues) => {
    const checked = made(value, []);
    return checked === INVALID ? build(value, issues) : checked;
  };

/** The leaves as JSON brings them, each built by its smart constructor. */
export const JSON_LEAVES: LeafChecks = {
  leid: built(legalEntityId),
  propertyId: built(propertyId),
  accountId: built(accountId),
  invitationId: built(invitationId),
  login: madeOrBuilt(isLogin, built(loginName)),
  email: madeOrBuilt(isEmail, built(email)),
  displayName: madeOrBuilt(isDisplayName, built(displayName)),
  instant: madeOrBuilt(isInstant, instantFromJson),
  rights: madeOrBuilt(isRights, rightsFromJson),
  boolean,
};

// The records' checks are generated from their shapes (`npm run checks`): straight-line code that
// answers as `checkOf(shape, LEAF_CHECKS)` does, and takes a record the library made by its stamp.
export {
  isAccount,
  isActor,
  isAgreement,
  isInvitation,
  isInvitee,
  isNonPrimary,
  /** How a property comes to a primary account (PA-3, PA-4, PA-5, PA-10). */
  isOrigin,
  isPrimary,
  isProperty,
} from './generated';
