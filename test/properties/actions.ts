import type fc from 'fast-check';
import type { Result } from 'neverthrow';

import type { Allowed, InvalidInput, Rejection } from '../../src/index';
import * as api from '../../src/index';
import * as arb from './arbitraries';

/** One action under test: its request generator and its `can` and `act` functions. */
export interface ActionCase {
  readonly name: string;
  readonly requests: fc.Arbitrary<unknown>;
  readonly can: (request: never) => Result<Allowed, Rejection | InvalidInput>;
  readonly act: (request: never) => Result<unknown, Rejection | InvalidInput>;
}

export const ACTIONS: readonly ActionCase[] = [
  { name: 'addProperty', requests: arb.addPropertyArb, can: api.canAddProperty, act: api.addProperty },
  {
    name: 'requestPrimaryAccount',
    requests: arb.requestPrimaryArb,
    can: api.canRequestPrimaryAccount,
    act: api.requestPrimaryAccount,
  },
  { name: 'createUser', requests: arb.createUserArb, can: api.canCreateUser, act: api.createUser },
  { name: 'addUser', requests: arb.addUserArb, can: api.canAddUser, act: api.addUser },
  { name: 'invite', requests: arb.inviteArb, can: api.canInvite, act: api.invite },
  { name: 'acceptInvitation', requests: arb.acceptArb, can: api.canAcceptInvitation, act: api.acceptInvitation },
  {
    name: 'revokeInvitation',
    requests: arb.revokeInvitationArb,
    can: api.canRevokeInvitation,
    act: api.revokeInvitation,
  },
  { name: 'removeProperty', requests: arb.removePropertyArb, can: api.canRemoveProperty, act: api.removeProperty },
  { name: 'setAccessRights', requests: arb.setRightsArb, can: api.canSetAccessRights, act: api.setAccessRights },
  { name: 'grantAdmin', requests: arb.rightsChangeArb, can: api.canGrantAdmin, act: api.grantAdmin },
  { name: 'revokeAdmin', requests: arb.rightsChangeArb, can: api.canRevokeAdmin, act: api.revokeAdmin },
  { name: 'recontractProperty', requests: arb.moveArb, can: api.canRecontractProperty, act: api.recontractProperty },
  { name: 'changeOwnership', requests: arb.ownershipArb, can: api.canChangeOwnership, act: api.changeOwnership },
  {
    name: 'terminateAgreement',
    requests: arb.terminateArb,
    can: api.canTerminateAgreement,
    act: api.terminateAgreement,
  },
];

/** Calls a function with a value of any type: how an untyped caller would. */
export const callUntyped = <R>(fn: (request: never) => R, input: unknown): R => (fn as (request: unknown) => R)(input);
