import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

import {
  type AccessRightsChanged,
  type Allowed,
  canGrantAdmin,
  grantAdmin,
  type GrantAdminRejection,
  type InvalidInput,
  type RightsChangeRequest,
} from '../../src/index';

// The type contract of grantAdmin: a change here is a change to the public API.

declare const request: RightsChangeRequest;

describe('grantAdmin and canGrantAdmin, as types', () => {
  it('take a RightsChangeRequest', () => {
    expectTypeOf(canGrantAdmin).parameter(0).toEqualTypeOf<RightsChangeRequest>();
    expectTypeOf(grantAdmin).parameter(0).toEqualTypeOf<RightsChangeRequest>();
  });

  it('answer what was allowed, or one rejection of exactly these codes', () => {
    expectTypeOf(canGrantAdmin).returns.toEqualTypeOf<Result<Allowed, GrantAdminRejection | InvalidInput>>();
    expectTypeOf(grantAdmin).returns.toEqualTypeOf<Result<AccessRightsChanged, GrantAdminRejection | InvalidInput>>();
    expectTypeOf<GrantAdminRejection['code']>().toEqualTypeOf<
      'already_admin' | 'actor_not_admin' | 'property_not_reached' | 'rights_reach_other_properties'
    >();
  });

  it('refuse, at compile time, a value of another brand', () => {
    expectTypeOf(
      grantAdmin({
        ...request,
        // @ts-expect-error -- an AccountId is not a PropertyId
        property: { ...request.property, id: request.target.id },
      }),
    ).not.toBeNever();
  });
});
