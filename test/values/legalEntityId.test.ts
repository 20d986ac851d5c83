import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { legalEntityId } from '../../src/index';

describe('legalEntityId', () => {
  it('PA-1: a positive integer is a legal entity ID', () => {
    expect(legalEntityId(4711)).toStrictEqual(ok(4711));
  });

  it('zero and negative numbers are refused as not positive', () => {
    expect(legalEntityId(0)).toStrictEqual(err({ value: 'legal_entity_id', problem: { code: 'not_positive' } }));
    expect(legalEntityId(-3)).toStrictEqual(err({ value: 'legal_entity_id', problem: { code: 'not_positive' } }));
  });

  it('a fraction is refused as not an integer', () => {
    expect(legalEntityId(1.5)).toStrictEqual(err({ value: 'legal_entity_id', problem: { code: 'not_integer' } }));
  });

  it('a numeric string is refused with the type it had', () => {
    expect(legalEntityId('4711')).toStrictEqual(
      err({ value: 'legal_entity_id', problem: { code: 'wrong_type', expected: ['number'], received: 'string' } }),
    );
  });

  it('NaN, Infinity and unsafe integers are refused', () => {
    expect(legalEntityId(Number.NaN)).toStrictEqual(
      err({ value: 'legal_entity_id', problem: { code: 'wrong_type', expected: ['number'], received: 'number' } }),
    );
    expect(legalEntityId(Number.POSITIVE_INFINITY)).toStrictEqual(
      err({ value: 'legal_entity_id', problem: { code: 'not_integer' } }),
    );
    expect(legalEntityId(2 ** 53)).toStrictEqual(
      err({ value: 'legal_entity_id', problem: { code: 'out_of_range', min: 1, max: Number.MAX_SAFE_INTEGER } }),
    );
  });
});
