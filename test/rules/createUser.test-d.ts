import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

import {
  type Allowed,
  canCreateUser,
  createUser,
  type CreateUserRejection,
  type CreateUserRequest,
  type InvalidInput,
  type UserCreated,
} from '../../src/index';

// The type contract of createUser: a change here is a change to the public API.

declare const request: CreateUserRequest;

describe('createUser and canCreateUser, as types', () => {
  it('take a CreateUserRequest', () => {
    expectTypeOf(canCreateUser).parameter(0).toEqualTypeOf<CreateUserRequest>();
    expectTypeOf(createUser).parameter(0).toEqualTypeOf<CreateUserRequest>();
  });

  it('answer what was allowed, or one rejection of exactly these codes', () => {
    expectTypeOf(canCreateUser).returns.toEqualTypeOf<Result<Allowed, CreateUserRejection | InvalidInput>>();
    expectTypeOf(createUser).returns.toEqualTypeOf<Result<UserCreated, CreateUserRejection | InvalidInput>>();
    expectTypeOf<CreateUserRejection['code']>().toEqualTypeOf<
      'actor_not_admin' | 'no_access_rights_chosen' | 'login_taken' | 'login_same_as_creator'
    >();
  });

  it('refuse, at compile time, a value of another brand', () => {
    expectTypeOf(
      createUser({
        ...request,
        // @ts-expect-error -- an Email is not a LoginName
        user: { ...request.user, login: request.user.email },
      }),
    ).not.toBeNever();
  });
});
