import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

import {
  addUser,
  type AddUserRejection,
  type AddUserRequest,
  type Allowed,
  canAddUser,
  type InvalidInput,
  type UserAdded,
} from '../../src/index';

// The type contract of addUser: a change here is a change to the public API.

declare const request: AddUserRequest;

describe('addUser and canAddUser, as types', () => {
  it('take a AddUserRequest', () => {
    expectTypeOf(canAddUser).parameter(0).toEqualTypeOf<AddUserRequest>();
    expectTypeOf(addUser).parameter(0).toEqualTypeOf<AddUserRequest>();
  });

  it('answer what was allowed, or one rejection of exactly these codes', () => {
    expectTypeOf(canAddUser).returns.toEqualTypeOf<Result<Allowed, AddUserRejection | InvalidInput>>();
    expectTypeOf(addUser).returns.toEqualTypeOf<Result<UserAdded, AddUserRejection | InvalidInput>>();
    expectTypeOf<AddUserRejection['code']>().toEqualTypeOf<
      | 'actor_not_admin'
      | 'user_not_found'
      | 'username_email_mismatch'
      | 'user_is_primary_account'
      | 'user_already_has_access'
    >();
  });

  it('refuse, at compile time, a value of another brand', () => {
    expectTypeOf(
      addUser({
        ...request,
        // @ts-expect-error -- an Email is not a LoginName
        username: request.email,
      }),
    ).not.toBeNever();
  });
});
