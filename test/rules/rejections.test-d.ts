import { describe, expectTypeOf, it } from 'vitest';

import type { AddUserRejection, Rejection, RejectionCode } from '../../src/index';

// What every rejection shares. Each action's own codes are in its `<action>.test-d.ts`.

describe('rejections, as types', () => {
  it('are readonly data', () => {
    expectTypeOf<AddUserRejection['rules']>().toEqualTypeOf<
      readonly [AddUserRejection['rules'][0], ...AddUserRejection['rules'][number][]]
    >();
    // @ts-expect-error -- a rejection's code cannot be reassigned
    const rename = (rejection: AddUserRejection) => (rejection.code = 'user_not_found');
    expectTypeOf(rename).toBeFunction();
  });

  it('are one union, told apart by code', () => {
    expectTypeOf<Rejection['code']>().toEqualTypeOf<RejectionCode>();
    expectTypeOf<Extract<Rejection, { code: 'login_taken' }>['code']>().toEqualTypeOf<'login_taken'>();
  });
});
