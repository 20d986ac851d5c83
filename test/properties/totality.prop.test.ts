import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';

import * as api from '../../src/index';
import { ACTIONS, callUntyped } from './actions';

// Anything at all, including objects with "__proto__" and "constructor" keys, null prototypes,
// sparse arrays, big numbers and very long strings: what an untyped caller could pass.
const hostileKey = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'kind', 'code', 'leid', 'id'),
);
const anything = fc.anything({
  key: hostileKey,
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});
const huge = fc.constantFrom('x'.repeat(1_000_000), '\u0000'.repeat(10_000), 'a@b.c'.repeat(100_000));
const untyped = fc.oneof(anything, huge);

const functions = Object.entries(api).flatMap(([name, value]): [string, (...args: unknown[]) => unknown][] =>
  typeof value === 'function' ? [[name, (...args: unknown[]): unknown => Reflect.apply(value, undefined, args)]] : [],
);

describe('INV-9: totality', () => {
  it('every exported function is covered below', () => {
    expect(functions.length).toBeGreaterThan(30);
  });

  describe.each(functions)('%s', (_name, fn) => {
    it.prop([untyped, untyped])('returns for any input and never throws', (first, second) => {
      expect(() => fn(first, second)).not.toThrow();
    });
  });

  describe.each(ACTIONS)('$name', ({ requests, act }) => {
    it.prop([requests, fc.string(), untyped])(
      'a valid request with any one field replaced returns a typed result',
      (request, _key, value) => {
        const fields = Object.keys(request as object);
        for (const field of fields) {
          const broken = { ...(request as object), [field]: value };
          const result = callUntyped(act, broken);
          if (result.isErr() && result.error.code === 'invalid_input') {
            for (const issue of result.error.issues) expect(issue.path[0]).toBe(field);
          }
        }
      },
    );

    it.prop([untyped])(
      'malformed input is an invalid_input error with at least one located issue, or a decision',
      (input) => {
        const result = callUntyped(act, input);
        expect(result.isOk() || result.isErr()).toBe(true);
        if (result.isErr() && result.error.code === 'invalid_input')
          expect(result.error.issues.length).toBeGreaterThan(0);
      },
    );
  });

  it('a getter that throws is reported as unreadable, not rethrown', () => {
    const boom = (): never => {
      throw new Error('boom');
    };
    const hostile = new Proxy({}, { get: boom, getOwnPropertyDescriptor: boom });
    const getter = Object.defineProperty({}, 'actor', { get: boom, enumerable: true });
    for (const input of [hostile, getter]) {
      expect(callUntyped(api.addProperty, input)._unsafeUnwrapErr()).toStrictEqual({
        code: 'invalid_input',
        issues: [{ path: [], problem: { code: 'unreadable' } }],
      });
    }
  });

  it('a "__proto__" variant tag finds no prototype member', () => {
    const input = JSON.parse('{"kind":"__proto__"}') as unknown;
    expect(callUntyped(api.accountType, input)._unsafeUnwrapErr()).toStrictEqual({
      code: 'invalid_input',
      issues: [{ path: ['kind'], problem: { code: 'unknown_variant', allowed: ['primary', 'non_primary'] } }],
    });
  });
});
