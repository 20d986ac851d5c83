import { expectTypeOf, it } from 'vitest';

import type { RejectionCode, RemedyKind } from '../../src';
import type { Texts } from '../../src/messages/texts';

it('a locale must have a text for every rejection code and every remedy', () => {
  expectTypeOf<keyof Texts['rejection']>().toEqualTypeOf<RejectionCode>();
  expectTypeOf<keyof Texts['remedy']>().toEqualTypeOf<RemedyKind>();
});
