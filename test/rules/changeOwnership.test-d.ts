import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

import {
  type Allowed,
  canChangeOwnership,
  changeOwnership,
  type ChangeOwnershipRequest,
  type InvalidInput,
  type MovePropertyRejection,
  type OwnershipChanged,
} from '../../src/index';

// The type contract of changeOwnership: a change here is a change to the public API.

declare const request: ChangeOwnershipRequest;

describe('changeOwnership and canChangeOwnership, as types', () => {
  it('take a ChangeOwnershipRequest', () => {
    expectTypeOf(canChangeOwnership).parameter(0).toEqualTypeOf<ChangeOwnershipRequest>();
    expectTypeOf(changeOwnership).parameter(0).toEqualTypeOf<ChangeOwnershipRequest>();
  });

  it('answer what was allowed, or one rejection of exactly these codes', () => {
    expectTypeOf(canChangeOwnership).returns.toEqualTypeOf<Result<Allowed, MovePropertyRejection | InvalidInput>>();
    expectTypeOf(changeOwnership).returns.toEqualTypeOf<
      Result<OwnershipChanged, MovePropertyRejection | InvalidInput>
    >();
    expectTypeOf<MovePropertyRejection['code']>().toEqualTypeOf<
      'platform_operation_only' | 'agreement_is_terminated' | 'property_already_in_agreement'
    >();
  });

  it('refuse, at compile time, a value of another brand', () => {
    expectTypeOf(
      changeOwnership({
        ...request,
        // @ts-expect-error -- a plain number is not an Instant
        now: 0,
      }),
    ).not.toBeNever();
  });
});
