import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';

import { removeProperty, type RemovePropertyRequest } from '../../src/index';
import { primaryArb, removePropertyArb } from '../properties/arbitraries';

describe('removeProperty over generated accounts and properties', () => {
  it.prop([removePropertyArb, primaryArb])(
    'PA-17, INV-5: removeProperty never takes a property from a primary account',
    (request: RemovePropertyRequest, account) => {
      expect(removeProperty({ ...request, account }).isErr()).toBe(true);
    },
  );

  it.prop([removePropertyArb])('PA-17: whatever is removed, it is removed from a non-primary account', (request) => {
    const result = removeProperty(request);
    fc.pre(result.isOk());
    expect(result.value.account.kind).toBe('non_primary');
  });
});
