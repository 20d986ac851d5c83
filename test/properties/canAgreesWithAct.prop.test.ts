import { it } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';

import { ACTIONS, callUntyped } from './actions';

describe.each(ACTIONS)('$name', ({ requests, can, act }) => {
  it.prop([requests])(
    'its check and its action share one decision: same rejection, or both allowed by the same rules',
    (request) => {
      const checked = callUntyped(can, request);
      const acted = callUntyped(act, request);
      expect(checked.isOk()).toBe(acted.isOk());
      if (checked.isErr()) expect(acted).toStrictEqual(checked);
      if (checked.isOk() && acted.isOk()) expect(acted.value).toMatchObject({ rules: checked.value.rules });
    },
  );

  it('both sides of the decision come up in generated requests', () => {
    // Guards the tests above: a generator that only ever produced rejections would prove little.
    const outcomes = fc.sample(requests, { numRuns: 500, seed: 7 }).map((request) => callUntyped(can, request).isOk());
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
  });
});
