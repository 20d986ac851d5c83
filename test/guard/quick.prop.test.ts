import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { guard } from '../../src/guard/check';
import { addPropertyDecision } from '../../src/rules/addProperty';
import * as arb from '../properties/arbitraries';

// A decision tries its quick test before its full check. The quick test may refuse more than the
// check, never less: whatever it passes must pass the check, or a malformed request would be
// decided. It must also pass every well-formed request, or the fast path would never be taken.

const hostile = fc.anything({ maxDepth: 2, withNullPrototype: true, withSparseArray: true, withBoxedValues: true });

const DECISIONS = [{ name: 'addProperty', decision: addPropertyDecision, requests: arb.addPropertyArb }] as const;

describe.each(DECISIONS)('$name: the quick test', ({ decision, requests }) => {
  const check = guard(decision.check);
  const quick = (input: unknown): boolean => decision.quick?.(input) ?? false;

  test.prop([requests])('passes every well-formed request', (request) => {
    expect(quick(request)).toBe(true);
  });

  // Each field, and each field of a field, replaced by anything at all.
  const broken = fc.tuple(requests, fc.nat(), fc.nat(), hostile).map(([request, first, second, value]) => {
    const fields = Object.keys(request);
    const field = fields[first % fields.length] ?? '';
    const inner: unknown = Reflect.get(request, field);
    if (typeof inner === 'object' && inner !== null && second % 2 === 0) {
      const innerFields = Object.keys(inner);
      const innerField = innerFields[second % Math.max(1, innerFields.length)] ?? 'kind';
      return { ...request, [field]: { ...inner, [innerField]: value } };
    }
    return { ...request, [field]: value };
  });

  test.prop([fc.oneof(broken, hostile)], { numRuns: 2000 })('passes nothing the check refuses', (input) => {
    if (quick(input)) expect(check(input).isOk()).toBe(true);
  });

  it('refuses what it cannot read, and the check says where', () => {
    const input = { ...fc.sample(requests, 1)[0], origin: { kind: 'assigned_leid', leid: 7, partnerExisted: 'yes' } };
    expect(quick(input)).toBe(false);
    expect(check(input)._unsafeUnwrapErr().issues.map((issue) => issue.path)).toStrictEqual([['origin', 'partnerExisted']]);
  });
});
