import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

import {
  type Allowed,
  canRemoveProperty,
  type InvalidInput,
  type PropertyRemoved,
  removeProperty,
  type RemovePropertyRejection,
  type RemovePropertyRequest,
} from '../../src/index';

// The type contract of removeProperty: a change here is a change to the public API.

declare const request: RemovePropertyRequest;

describe('removeProperty and canRemoveProperty, as types', () => {
  it('take a RemovePropertyRequest', () => {
    expectTypeOf(canRemoveProperty).parameter(0).toEqualTypeOf<RemovePropertyRequest>();
    expectTypeOf(removeProperty).parameter(0).toEqualTypeOf<RemovePropertyRequest>();
  });

  it('answer what was allowed, or one rejection of exactly these codes', () => {
    expectTypeOf(canRemoveProperty).returns.toEqualTypeOf<Result<Allowed, RemovePropertyRejection | InvalidInput>>();
    expectTypeOf(removeProperty).returns.toEqualTypeOf<
      Result<PropertyRemoved, RemovePropertyRejection | InvalidInput>
    >();
    expectTypeOf<RemovePropertyRejection['code']>().toEqualTypeOf<
      'actor_not_admin' | 'property_not_reached' | 'primary_account_keeps_properties'
    >();
  });

  it('refuse, at compile time, a value of another brand', () => {
    expectTypeOf(
      removeProperty({
        ...request,
        // @ts-expect-error -- a plain string is not a PropertyId
        property: { ...request.property, id: 'h1' },
      }),
    ).not.toBeNever();
  });
});
