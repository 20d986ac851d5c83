import { describe, expectTypeOf, it } from 'vitest';

import type {
  AccessRights,
  AccountId,
  DisplayName,
  Email,
  Instant,
  InvitationId,
  LegalEntityId,
  LoginName,
  PropertyId,
} from '../../src/index';

// Brands keep values of one base type apart: an account's ID is never taken for a property's,
// a login for an email, a moment for an LEID. Only a smart constructor makes one.

describe('branded values', () => {
  it('do not mix: no brand is another, though they share a base type', () => {
    expectTypeOf<PropertyId>().not.toExtend<AccountId>();
    expectTypeOf<AccountId>().not.toExtend<PropertyId>();
    expectTypeOf<InvitationId>().not.toExtend<AccountId>();
    expectTypeOf<AccountId>().not.toExtend<InvitationId>();
    expectTypeOf<LoginName>().not.toExtend<Email>();
    expectTypeOf<Email>().not.toExtend<LoginName>();
    expectTypeOf<DisplayName>().not.toExtend<LoginName>();
    expectTypeOf<LegalEntityId>().not.toExtend<Instant>();
    expectTypeOf<Instant>().not.toExtend<LegalEntityId>();
  });

  it('are not made by a plain value', () => {
    expectTypeOf<string>().not.toExtend<PropertyId>();
    expectTypeOf<string>().not.toExtend<LoginName>();
    expectTypeOf<number>().not.toExtend<LegalEntityId>();
    expectTypeOf<number>().not.toExtend<Instant>();
    expectTypeOf<readonly ['admin']>().not.toExtend<AccessRights>();
  });

  it('are still their base type where one is asked for', () => {
    expectTypeOf<PropertyId>().toExtend<string>();
    expectTypeOf<Email>().toExtend<string>();
    expectTypeOf<LegalEntityId>().toExtend<number>();
    expectTypeOf<AccessRights>().toExtend<readonly string[]>();
  });

  it('refuse one ID for another in an assignment', () => {
    const property = 'h1' as PropertyId;
    // @ts-expect-error -- a PropertyId is not an AccountId
    const account: AccountId = property;
    expectTypeOf(account).toEqualTypeOf<AccountId>();
  });
});
