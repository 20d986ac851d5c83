import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';

import { addProperty, type AddPropertyRequest, PLATFORM, type PropertyOrigin } from '../../src/index';
import { addPropertyArb } from '../properties/arbitraries';

const EXISTING: PropertyOrigin = { kind: 'existing_listing' };

describe('addProperty over generated accounts and properties', () => {
  it.prop([addPropertyArb.map((request) => ({ ...request, actor: request.primary }))])(
    "PA-6, INV-6: a property a primary account adds is linked to that account's agreement",
    (request: AddPropertyRequest) => {
      const result = addProperty(request);
      fc.pre(result.isOk());
      expect(result.value.link).toStrictEqual({ kind: 'agreement', leid: request.agreement.leid });
      expect(result.value.property.link).toStrictEqual(result.value.link);
    },
  );

  it.prop([addPropertyArb.map((request) => ({ ...request, actor: PLATFORM, origin: EXISTING }))])(
    'PA-4: a property the platform adds stays unlinked, attached to the primary account only',
    (request: AddPropertyRequest) => {
      const result = addProperty(request);
      fc.pre(result.isOk());
      expect(result.value.link).toStrictEqual({ kind: 'attached', primaryOf: request.agreement.leid });
    },
  );

  it.prop([addPropertyArb])(
    'PA-11, INV-4: no non-primary actor ever adds a property',
    (request: AddPropertyRequest) => {
      fc.pre(request.actor.kind === 'non_primary');
      expect(addProperty(request).isErr()).toBe(true);
    },
  );
});
