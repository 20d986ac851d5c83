import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

import {
  type AccessRightsChanged,
  type Allowed,
  canSetAccessRights,
  type InvalidInput,
  setAccessRights,
  type SetAccessRightsRejection,
  type SetAccessRightsRequest,
} from '../../src/index';

// The type contract of setAccessRights: a change here is a change to the public API.

declare const request: SetAccessRightsRequest;

describe('setAccessRights and canSetAccessRights, as types', () => {
  it('take a SetAccessRightsRequest', () => {
    expectTypeOf(canSetAccessRights).parameter(0).toEqualTypeOf<SetAccessRightsRequest>();
    expectTypeOf(setAccessRights).parameter(0).toEqualTypeOf<SetAccessRightsRequest>();
  });

  it('answer what was allowed, or one rejection of exactly these codes', () => {
    expectTypeOf(canSetAccessRights).returns.toEqualTypeOf<Result<Allowed, SetAccessRightsRejection | InvalidInput>>();
    expectTypeOf(setAccessRights).returns.toEqualTypeOf<
      Result<AccessRightsChanged, SetAccessRightsRejection | InvalidInput>
    >();
    expectTypeOf<SetAccessRightsRejection['code']>().toEqualTypeOf<
      | 'primary_admin_rights_locked'
      | 'no_access_rights_chosen'
      | 'actor_not_admin'
      | 'property_not_reached'
      | 'access_rights_unchanged'
      | 'rights_reach_other_properties'
    >();
  });

  it('refuse, at compile time, a value of another brand', () => {
    expectTypeOf(
      setAccessRights({
        ...request,
        // @ts-expect-error -- a plain list is not AccessRights, which only accessRights() makes
        rights: ['admin'],
      }),
    ).not.toBeNever();
  });
});
