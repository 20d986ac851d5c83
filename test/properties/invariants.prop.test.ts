import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  accessTo,
  addProperty,
  canGrantAdmin,
  canRevokeAdmin,
  canSetAccessRights,
  FULL_ADMIN,
  removeProperty,
  type AddPropertyRequest,
  type RemovePropertyRequest,
  type RightsChangeRequest,
  type SetAccessRightsRequest,
} from '../../src/index';
import * as arb from './arbitraries';

describe('invariants over generated accounts, properties and rights', () => {
  test.prop([arb.addPropertyArb])('PA-6, INV-6: a property a primary account adds is linked to that account\'s agreement', (request: AddPropertyRequest) => {
    const result = addProperty(request);
    if (result.isOk() && request.actor.kind === 'primary') {
      expect(result.value.link).toStrictEqual({ kind: 'agreement', leid: request.primary.agreement });
      expect(result.value.property.link).toStrictEqual(result.value.link);
    }
  });

  test.prop([arb.addPropertyArb])('PA-4: a property the platform adds stays unlinked, attached to the primary account only', (request: AddPropertyRequest) => {
    const result = addProperty(request);
    if (result.isOk() && request.actor.kind === 'platform') {
      expect(result.value.link).toStrictEqual({ kind: 'attached', primaryOf: request.primary.agreement });
    }
  });

  test.prop([arb.addPropertyArb])('PA-11, INV-4: no non-primary actor ever adds a property', (request: AddPropertyRequest) => {
    if (request.actor.kind === 'non_primary') expect(addProperty(request).isErr()).toBe(true);
  });

  test.prop([arb.setRightsArb, arb.primaryArb])('PA-7: no change of rights ever succeeds on a primary account', (request: SetAccessRightsRequest, target) => {
    const onPrimary: SetAccessRightsRequest = { ...request, target };
    const change: RightsChangeRequest = { actor: request.actor, target, property: request.property, reached: request.reached };
    expect(canSetAccessRights(onPrimary).isErr()).toBe(true);
    expect(canRevokeAdmin(change)._unsafeUnwrapErr().code).toBe('primary_admin_rights_locked');
    expect(canGrantAdmin(change)._unsafeUnwrapErr().code).toBe('already_admin');
  });

  test.prop([arb.primaryArb, arb.propertyArb])('PA-7, INV-3: a primary account has full admin over every property it reaches', (account, property) => {
    const access = accessTo({ account, property })._unsafeUnwrap();
    if (access.reaches) expect(access.rights).toStrictEqual(FULL_ADMIN);
  });

  test.prop([arb.removePropertyArb, arb.primaryArb])('PA-17, INV-5: removeProperty never takes a property from a primary account', (request: RemovePropertyRequest, account) => {
    expect(removeProperty({ ...request, account }).isErr()).toBe(true);
  });

  test.prop([fc.array(arb.removePropertyArb, { maxLength: 5 })])('PA-17: removals leave every primary account untouched', (requests) => {
    for (const request of requests) {
      const result = removeProperty(request);
      if (result.isOk()) expect(result.value.account.kind).toBe('non_primary');
    }
  });
});
