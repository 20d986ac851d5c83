import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

import {
  type AccessRightsChanged,
  type Allowed,
  canRevokeAdmin,
  type InvalidInput,
  revokeAdmin,
  type RevokeAdminRejection,
  type RightsChangeRequest,
} from '../../src/index';

// The type contract of revokeAdmin: a change here is a change to the public API.

declare const request: RightsChangeRequest;

describe('revokeAdmin and canRevokeAdmin, as types', () => {
  it('take a RightsChangeRequest', () => {
    expectTypeOf(canRevokeAdmin).parameter(0).toEqualTypeOf<RightsChangeRequest>();
    expectTypeOf(revokeAdmin).parameter(0).toEqualTypeOf<RightsChangeRequest>();
  });

  it('answer what was allowed, or one rejection of exactly these codes', () => {
    expectTypeOf(canRevokeAdmin).returns.toEqualTypeOf<Result<Allowed, RevokeAdminRejection | InvalidInput>>();
    expectTypeOf(revokeAdmin).returns.toEqualTypeOf<Result<AccessRightsChanged, RevokeAdminRejection | InvalidInput>>();
    expectTypeOf<RevokeAdminRejection['code']>().toEqualTypeOf<
      | 'primary_admin_rights_locked'
      | 'not_admin'
      | 'actor_not_admin'
      | 'property_not_reached'
      | 'rights_reach_other_properties'
    >();
  });

  it('refuse, at compile time, a value of another brand', () => {
    expectTypeOf(
      revokeAdmin({
        ...request,
        // @ts-expect-error -- an AccountId is not a PropertyId
        property: { ...request.property, id: request.target.id },
      }),
    ).not.toBeNever();
  });
});
