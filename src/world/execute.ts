import { err, type Result } from 'neverthrow';

import type { RuleId } from '../rejections/ruleIds';
import { frozenDeep } from '../validation/trust';
import type { NonEmptyArray } from '../values/problem';
import { answered } from './answers';
import { checkedCommand, type Command } from './command';
import { applyEvent, type WorldEvent } from './event';
import { onAcceptInvitation, onInvite, onRevokeInvitation } from './handlers/invitations';
import type { HandlerResult, Handling } from './handlers/outcome';
import {
  onAddProperty,
  onChangeOwnership,
  onRecontractProperty,
  onRemoveProperty,
  onTerminateAgreement,
} from './handlers/properties';
import {
  onAddUser,
  onCreateUser,
  onGrantAdmin,
  onGrantPrimaryAccount,
  onRequestPrimaryAccount,
  onRevokeAdmin,
  onSetAccessRights,
} from './handlers/users';
import type { CommandRejection } from './rejection';
import { timeWentBackwards } from './rejection';
import { advanceClock, isWorld, type Tables, type World, worldHolding } from './world';

/** A command carried out: the rules that allowed it, the new world, and what changed in it. */
export interface Executed {
  readonly rules: NonEmptyArray<RuleId>;
  readonly world: World;
  readonly events: readonly WorldEvent[];
}

/** The handler of a command's action: the lookups it asks, then what was allowed, or why not. */
export const handle = (command: Command): Handling => {
  switch (command.action) {
    case 'add_property':
      return onAddProperty(command);
    case 'request_primary_account':
      return onRequestPrimaryAccount(command);
    case 'grant_primary_account':
      return onGrantPrimaryAccount(command);
    case 'create_user':
      return onCreateUser(command);
    case 'add_user':
      return onAddUser(command);
    case 'invite':
      return onInvite(command);
    case 'accept_invitation':
      return onAcceptInvitation(command);
    case 'revoke_invitation':
      return onRevokeInvitation(command);
    case 'remove_property':
      return onRemoveProperty(command);
    case 'set_access_rights':
      return onSetAccessRights(command);
    case 'grant_admin':
      return onGrantAdmin(command);
    case 'revoke_admin':
      return onRevokeAdmin(command);
    case 'recontract_property':
      return onRecontractProperty(command);
    case 'change_ownership':
      return onChangeOwnership(command);
    case 'terminate_agreement':
      return onTerminateAgreement(command);
  }
};

// A command's few events are applied one by one; a batch pays only for many (see replay).
const applyAll = (world: World, command: Command, events: readonly WorldEvent[]): World =>
  worldHolding(advanceClock(events.reduce(applyEvent, world.tables), command.now));

// A command dated before the world's clock is refused: what was decided at a later moment (an
// invitation found expired, a change of ownership) must not be undone by an earlier one.
const inTime = (tables: Tables, command: Command): HandlerResult | null =>
  tables.clock !== null && command.now < tables.clock ? err(timeWentBackwards(command.now, tables.clock)) : null;

/**
 * Carries out a command: asks the core decision of its action, with the facts looked up in the
 * world, and applies what it allowed. A refused command changes nothing (INV-8); the world
 * given is never changed, and the new one shares all it did not change with it.
 * Rejection: the decision's own rejection; `record_not_found`, `record_id_taken` or
 * `actor_cannot_issue` from the world's records; `time_went_backwards` for a `now` earlier than
 * the world's clock (the latest `now` it accepted); or `invalid_input`, with paths, for a
 * malformed command or something that is not a world.
 *
 * @example
 * execute(world, { action: 'remove_property', actor: { kind: 'account', id: anna }, now, account: anna, property: hotel });
 * // err({ code: 'primary_account_keeps_properties', rules: ['PA-17', 'PA-1'], ... })
 */
export const execute = (world: World, command: Command): Result<Executed, CommandRejection> => {
  if (!isWorld(world))
    return err({ code: 'invalid_input', issues: [{ path: ['world'], problem: { code: 'not_a_world' } }] });
  return checkedCommand(command).andThen((valid) =>
    // The events are frozen before the world stores their records: neither can change the other.
    (inTime(world.tables, valid) ?? answered(world.tables, handle(valid))).map(({ rules, events }) =>
      frozenDeep({ rules, world: applyAll(world, valid, frozenDeep(events)), events }),
    ),
  );
};
