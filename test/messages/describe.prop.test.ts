import { test } from '@fast-check/vitest';
import { describe as group, expect } from 'vitest';
import { describe, describeRemedy } from '../../src/index';
import { ACTIONS, callUntyped } from '../properties/actions';

// Signs of a text that rendered a fact badly.
const BROKEN = /undefined|null|NaN|\[object|Invalid Date/u;

group.each(ACTIONS)('messages for $name', ({ requests, act }) => {
  test.prop([requests])(
    'every rejection and remedy has a complete text in English and in Swedish, and they differ',
    (request) => {
      const result = callUntyped(act, request);
      if (result.isOk()) return;
      const english = describe(result.error, 'en');
      const swedish = describe(result.error, 'sv');
      for (const text of [english, swedish]) {
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(BROKEN);
      }
      expect(swedish).not.toBe(english);
      if (result.error.code === 'invalid_input') return;
      for (const remedy of result.error.remedies) {
        const en = describeRemedy(remedy, 'en');
        const sv = describeRemedy(remedy, 'sv');
        expect(en).not.toMatch(BROKEN);
        expect(sv).not.toMatch(BROKEN);
        expect(sv).not.toBe(en);
      }
    },
  );
});
