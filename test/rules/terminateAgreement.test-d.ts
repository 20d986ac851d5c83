import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

import {
  type AgreementEnded,
  type Allowed,
  canTerminateAgreement,
  type InvalidInput,
  terminateAgreement,
  type TerminateAgreementRejection,
  type TerminateAgreementRequest,
} from '../../src/index';

// The type contract of terminateAgreement: a change here is a change to the public API.

declare const request: TerminateAgreementRequest;

describe('terminateAgreement and canTerminateAgreement, as types', () => {
  it('take a TerminateAgreementRequest', () => {
    expectTypeOf(canTerminateAgreement).parameter(0).toEqualTypeOf<TerminateAgreementRequest>();
    expectTypeOf(terminateAgreement).parameter(0).toEqualTypeOf<TerminateAgreementRequest>();
  });

  it('answer what was allowed, or one rejection of exactly these codes', () => {
    expectTypeOf(canTerminateAgreement).returns.toEqualTypeOf<
      Result<Allowed, TerminateAgreementRejection | InvalidInput>
    >();
    expectTypeOf(terminateAgreement).returns.toEqualTypeOf<
      Result<AgreementEnded, TerminateAgreementRejection | InvalidInput>
    >();
    expectTypeOf<TerminateAgreementRejection['code']>().toEqualTypeOf<
      'platform_operation_only' | 'agreement_is_terminated'
    >();
  });

  it('refuse, at compile time, a value of another brand', () => {
    expectTypeOf(
      terminateAgreement({
        ...request,
        // @ts-expect-error -- a plain string is not a PropertyId
        portfolio: [{ id: 'h1', link: { kind: 'none' } }],
      }),
    ).not.toBeNever();
  });
});
