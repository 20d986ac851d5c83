import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';

import { accessTo, FULL_ADMIN } from '../../src/index';
import { primaryArb, propertyArb } from '../properties/arbitraries';

describe('accessTo over generated accounts and properties', () => {
  it.prop([primaryArb, propertyArb])(
    'PA-7, INV-3: a primary account has full admin over every property it reaches',
    (account, property) => {
      const access = accessTo({ account, property })._unsafeUnwrap();
      fc.pre(access.reaches);
      expect(access.rights).toStrictEqual(FULL_ADMIN);
    },
  );
});
