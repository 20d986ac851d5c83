import { it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  canGrantAdmin,
  canRevokeAdmin,
  canSetAccessRights,
  type RightsChangeRequest,
  type SetAccessRightsRequest,
} from '../../src/index';
import { primaryArb, setRightsArb } from '../properties/arbitraries';

describe('changes of rights over generated accounts, properties and rights', () => {
  it.prop([setRightsArb, primaryArb])(
    'PA-7: no change of rights ever succeeds on a primary account',
    (request: SetAccessRightsRequest, target) => {
      const onPrimary: SetAccessRightsRequest = { ...request, target };
      const change: RightsChangeRequest = {
        actor: request.actor,
        target,
        property: request.property,
        reached: request.reached,
      };
      expect(canSetAccessRights(onPrimary)._unsafeUnwrapErr().code).toBe('primary_admin_rights_locked');
      expect(canRevokeAdmin(change)._unsafeUnwrapErr().code).toBe('primary_admin_rights_locked');
      expect(canGrantAdmin(change)._unsafeUnwrapErr().code).toBe('already_admin');
    },
  );
});
