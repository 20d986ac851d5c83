import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

import {
  type Allowed,
  canRequestPrimaryAccount,
  type InvalidInput,
  type PrimaryAccountRequest,
  requestPrimaryAccount,
  type RequestPrimaryAccountRejection,
  type SupportRequest,
} from '../../src/index';

// The type contract of requestPrimaryAccount: a change here is a change to the public API.

declare const request: PrimaryAccountRequest;

describe('requestPrimaryAccount and canRequestPrimaryAccount, as types', () => {
  it('take a PrimaryAccountRequest', () => {
    expectTypeOf(canRequestPrimaryAccount).parameter(0).toEqualTypeOf<PrimaryAccountRequest>();
    expectTypeOf(requestPrimaryAccount).parameter(0).toEqualTypeOf<PrimaryAccountRequest>();
  });

  it('answer what was allowed, or one rejection of exactly these codes', () => {
    expectTypeOf(canRequestPrimaryAccount).returns.toEqualTypeOf<
      Result<Allowed, RequestPrimaryAccountRejection | InvalidInput>
    >();
    expectTypeOf(requestPrimaryAccount).returns.toEqualTypeOf<
      Result<SupportRequest, RequestPrimaryAccountRejection | InvalidInput>
    >();
    expectTypeOf<RequestPrimaryAccountRejection['code']>().toEqualTypeOf<
      'agreement_is_terminated' | 'already_primary_account' | 'agreement_has_primary'
    >();
  });

  it('refuse, at compile time, a value of another brand', () => {
    expectTypeOf(
      requestPrimaryAccount({
        ...request,
        // @ts-expect-error -- a plain number is not a LegalEntityId
        agreement: { leid: 4711, status: 'active' },
      }),
    ).not.toBeNever();
  });
});
