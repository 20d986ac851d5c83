import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

import {
  type Allowed,
  canRecontractProperty,
  type InvalidInput,
  type MovePropertyRejection,
  type MovePropertyRequest,
  type PropertyRecontracted,
  recontractProperty,
} from '../../src/index';

// The type contract of recontractProperty: a change here is a change to the public API.

declare const request: MovePropertyRequest;

describe('recontractProperty and canRecontractProperty, as types', () => {
  it('take a MovePropertyRequest', () => {
    expectTypeOf(canRecontractProperty).parameter(0).toEqualTypeOf<MovePropertyRequest>();
    expectTypeOf(recontractProperty).parameter(0).toEqualTypeOf<MovePropertyRequest>();
  });

  it('answer what was allowed, or one rejection of exactly these codes', () => {
    expectTypeOf(canRecontractProperty).returns.toEqualTypeOf<Result<Allowed, MovePropertyRejection | InvalidInput>>();
    expectTypeOf(recontractProperty).returns.toEqualTypeOf<
      Result<PropertyRecontracted, MovePropertyRejection | InvalidInput>
    >();
    expectTypeOf<MovePropertyRejection['code']>().toEqualTypeOf<
      'platform_operation_only' | 'agreement_is_terminated' | 'property_already_in_agreement'
    >();
  });

  it('refuse, at compile time, a value of another brand', () => {
    expectTypeOf(
      recontractProperty({
        ...request,
        // @ts-expect-error -- a sum of numbers is not a LegalEntityId
        to: { ...request.to, leid: request.to.leid + 1 },
      }),
    ).not.toBeNever();
  });
});
