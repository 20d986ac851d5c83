import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

import {
  type Allowed,
  canGrantPrimaryAccount,
  grantPrimaryAccount,
  type GrantPrimaryAccountRejection,
  type GrantPrimaryAccountRequest,
  type InvalidInput,
  type PrimaryAccountGranted,
} from '../../src/index';

// The type contract of grantPrimaryAccount: a change here is a change to the public API.

declare const request: GrantPrimaryAccountRequest;

describe('grantPrimaryAccount and canGrantPrimaryAccount, as types', () => {
  it('take a GrantPrimaryAccountRequest', () => {
    expectTypeOf(canGrantPrimaryAccount).parameter(0).toEqualTypeOf<GrantPrimaryAccountRequest>();
    expectTypeOf(grantPrimaryAccount).parameter(0).toEqualTypeOf<GrantPrimaryAccountRequest>();
  });

  it('answer what was allowed, or one rejection of exactly these codes', () => {
    expectTypeOf(canGrantPrimaryAccount).returns.toEqualTypeOf<
      Result<Allowed, GrantPrimaryAccountRejection | InvalidInput>
    >();
    expectTypeOf(grantPrimaryAccount).returns.toEqualTypeOf<
      Result<PrimaryAccountGranted, GrantPrimaryAccountRejection | InvalidInput>
    >();
    expectTypeOf<GrantPrimaryAccountRejection['code']>().toEqualTypeOf<
      'platform_operation_only' | 'agreement_is_terminated' | 'agreement_has_primary' | 'login_taken'
    >();
  });

  it('refuse, at compile time, a value of another brand', () => {
    expectTypeOf(
      grantPrimaryAccount({
        ...request,
        // @ts-expect-error -- a LoginName is not an AccountId
        loginHolder: request.account.login,
      }),
    ).not.toBeNever();
  });
});
