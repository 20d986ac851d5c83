import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';

import { explain, explainRemedy } from '../../src';
import { ACTIONS, callUntyped } from '../properties/actions';

// Signs of a text that rendered a fact badly.
const BROKEN = /undefined|null|NaN|\[object|Invalid Date/u;

describe.each(ACTIONS)('messages for $name', ({ requests, act }) => {
  it.prop([requests])(
    'every rejection and remedy has a complete text in English and in Swedish, and they differ',
    (request) => {
      const result = callUntyped(act, request);
      fc.pre(result.isErr());
      const rejection = result._unsafeUnwrapErr();
      const english = explain(rejection, 'en');
      const swedish = explain(rejection, 'sv');
      for (const text of [english, swedish]) {
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(BROKEN);
      }
      expect(swedish).not.toBe(english);
      if (rejection.code === 'invalid_input') return;
      for (const remedy of rejection.remedies) {
        const en = explainRemedy(remedy, 'en');
        const sv = explainRemedy(remedy, 'sv');
        expect(en).not.toMatch(BROKEN);
        expect(sv).not.toMatch(BROKEN);
        expect(sv).not.toBe(en);
      }
    },
  );
});
