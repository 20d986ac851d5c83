import { it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';

import {
  accessTo,
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
      const answers = [canSetAccessRights(onPrimary), canRevokeAdmin(change), canGrantAdmin(change)];
      for (const answer of answers) expect(answer.isErr()).toBe(true);
      // CX-1 first: only an admin of the property, asking of an account that reaches it, is told more.
      const admin = accessTo({ account: request.actor, property: request.property })._unsafeUnwrap();
      const reached = accessTo({ account: target, property: request.property })._unsafeUnwrap().reaches;
      const codes = answers.map((answer) => answer._unsafeUnwrapErr().code);
      if (!admin.reaches || !admin.rights.includes('admin'))
        expect(codes).toStrictEqual(['actor_not_admin', 'actor_not_admin', 'actor_not_admin']);
      else if (!reached)
        expect(codes).toStrictEqual(['property_not_reached', 'property_not_reached', 'property_not_reached']);
      else expect(codes).toStrictEqual(['primary_admin_rights_locked', 'primary_admin_rights_locked', 'already_admin']);
    },
  );
});
