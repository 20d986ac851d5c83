import { it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';

import { deepFreeze } from '../fixtures';
import { ACTIONS, callUntyped } from './actions';

describe.each(ACTIONS)('INV-8: $name', ({ requests, can, act }) => {
  it.prop([requests])(
    'never mutates its input: a deep-frozen request comes back deep-equal to a copy taken before',
    (request) => {
      const before = structuredClone(request);
      const frozen = deepFreeze(request);
      // Frozen objects throw on any write in strict mode, so a mutation fails the call itself.
      callUntyped(can, frozen);
      callUntyped(act, frozen);
      expect(structuredClone(frozen)).toStrictEqual(before);
    },
  );

  it.prop([requests])('a rejection changes nothing: it carries no new values to persist', (request) => {
    const result = callUntyped(act, request);
    if (result.isErr()) expect(Object.keys(result.error).sort()).toStrictEqual(['code', 'facts', 'remedies', 'rules']);
  });
});
