import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

import {
  addProperty,
  type AddPropertyRejection,
  type AddPropertyRequest,
  type Allowed,
  canAddProperty,
  type InvalidInput,
  type PropertyAdded,
} from '../../src/index';

// The type contract of addProperty: a change here is a change to the public API.

declare const request: AddPropertyRequest;

describe('addProperty and canAddProperty, as types', () => {
  it('take a AddPropertyRequest', () => {
    expectTypeOf(canAddProperty).parameter(0).toEqualTypeOf<AddPropertyRequest>();
    expectTypeOf(addProperty).parameter(0).toEqualTypeOf<AddPropertyRequest>();
  });

  it('answer what was allowed, or one rejection of exactly these codes', () => {
    expectTypeOf(canAddProperty).returns.toEqualTypeOf<Result<Allowed, AddPropertyRejection | InvalidInput>>();
    expectTypeOf(addProperty).returns.toEqualTypeOf<Result<PropertyAdded, AddPropertyRejection | InvalidInput>>();
    expectTypeOf<AddPropertyRejection['code']>().toEqualTypeOf<
      | 'agreement_mismatch'
      | 'agreement_is_terminated'
      | 'non_primary_cannot_add_property'
      | 'platform_attaches_existing_listings_only'
      | 'agreement_has_no_primary'
      | 'actor_is_not_this_primary'
      | 'property_already_in_portfolio'
      | 'property_in_other_agreement'
      | 'property_attached_to_other_primary'
      | 'property_not_in_agreement'
      | 'assigned_leid_of_other_agreement'
      | 'partner_not_existing_at_assignment'
    >();
  });

  it('refuse, at compile time, a value of another brand', () => {
    expectTypeOf(
      addProperty({
        ...request,
        // @ts-expect-error -- a plain number is not a LegalEntityId
        origin: { kind: 'assigned_leid', leid: 7, partnerExisted: true },
      }),
    ).not.toBeNever();
  });
});
