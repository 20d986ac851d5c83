import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { instant } from '../../src/index';

describe('instant', () => {
  it('CX-6: time is an input, given as epoch milliseconds', () => {
    expect(instant(1_795_334_400_000)).toStrictEqual(ok(1_795_334_400_000));
  });

  it('an ISO 8601 timestamp with a zone is read as UTC milliseconds', () => {
    expect(instant('2026-11-22T08:00:00Z')).toStrictEqual(ok(Date.UTC(2026, 10, 22, 8)));
    expect(instant('2026-11-22T09:00:00+01:00')).toStrictEqual(ok(Date.UTC(2026, 10, 22, 8)));
  });

  it('a timestamp without a zone is refused: it would depend on where it runs', () => {
    expect(instant('2026-11-22T08:00:00')).toStrictEqual(
      err({ value: 'instant', problem: { code: 'malformed_timestamp' } }),
    );
    expect(instant('yesterday')).toStrictEqual(err({ value: 'instant', problem: { code: 'malformed_timestamp' } }));
  });

  it('an impossible date is refused', () => {
    expect(instant('2026-13-45T08:00:00Z')).toStrictEqual(
      err({ value: 'instant', problem: { code: 'malformed_timestamp' } }),
    );
  });

  it('fractions, NaN and out-of-range numbers are refused', () => {
    expect(instant(1.5)).toStrictEqual(err({ value: 'instant', problem: { code: 'not_integer' } }));
    expect(instant(Number.NaN)).toStrictEqual(
      err({ value: 'instant', problem: { code: 'wrong_type', expected: ['number'], received: 'number' } }),
    );
    expect(instant(9e15)).toStrictEqual(
      err({ value: 'instant', problem: { code: 'out_of_range', min: -8.64e15, max: 8.64e15 } }),
    );
  });
});
