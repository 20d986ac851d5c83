import { expectTypeOf, it } from 'vitest';

import type { RejectionCode, RemedyKind } from '../../src';
import type { LocaleTexts } from '../../src/messages/texts';

it('a locale must have a text for every rejection code and every remedy', () => {
  expectTypeOf<keyof LocaleTexts['rejection']>().toEqualTypeOf<RejectionCode>();
  expectTypeOf<keyof LocaleTexts['remedy']>().toEqualTypeOf<RemedyKind>();
});
