import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addProperty, type AddPropertyRequest } from '../../src/index';
import { addPropertyArb } from '../properties/arbitraries';

describe('addProperty over generated accounts and properties', () => {
  test.prop([addPropertyArb])(
    "PA-6, INV-6: a property a primary account adds is linked to that account's agreement",
    (request: AddPropertyRequest) => {
      const result = addProperty(request);
      if (result.isOk() && request.actor.kind === 'primary') {
        expect(result.value.link).toStrictEqual({ kind: 'agreement', leid: request.agreement.leid });
        expect(result.value.property.link).toStrictEqual(result.value.link);
      }
    },
  );

  test.prop([addPropertyArb])(
    'PA-4: a property the platform adds stays unlinked, attached to the primary account only',
    (request: AddPropertyRequest) => {
      const result = addProperty(request);
      if (result.isOk() && request.actor.kind === 'platform') {
        expect(result.value.link).toStrictEqual({ kind: 'attached', primaryOf: request.agreement.leid });
      }
    },
  );

  test.prop([addPropertyArb])(
    'PA-11, INV-4: no non-primary actor ever adds a property',
    (request: AddPropertyRequest) => {
      if (request.actor.kind === 'non_primary') expect(addProperty(request).isErr()).toBe(true);
    },
  );
});
