import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { removeProperty, type RemovePropertyRequest } from '../../src/index';
import { primaryArb, removePropertyArb } from '../properties/arbitraries';

describe('removeProperty over generated accounts and properties', () => {
  test.prop([removePropertyArb, primaryArb])(
    'PA-17, INV-5: removeProperty never takes a property from a primary account',
    (request: RemovePropertyRequest, account) => {
      expect(removeProperty({ ...request, account }).isErr()).toBe(true);
    },
  );

  test.prop([fc.array(removePropertyArb, { maxLength: 5 })])(
    'PA-17: whatever is removed, it is removed from a non-primary account',
    (requests) => {
      for (const request of requests) {
        const result = removeProperty(request);
        if (result.isOk()) expect(result.value.account.kind).toBe('non_primary');
      }
    },
  );
});
