import { err, ok, type Result } from 'neverthrow';
import type { Rejection } from '../catalog/rejections';
import { alreadyPrimary, notAdmin, platformOnly, terminated } from '../rejections/refusals';
import { adminOver } from '../rules/reach';
import { actorRef } from '../values/actorRef';
import type { Account, Actor } from '../values/account';
import { PLATFORM } from '../values/account';
import type { PropertyId } from '../values/ids';
import type { InvalidInput } from '../values/problem';
import type { Property } from '../values/property';
import { ACTIONS, commandActorShape, type Action, type CommandActor } from './command';
import { accountIn } from './lookup';
import { cannotIssue, notFound, type WorldRejection } from './rejection';
import { tablesOf, type Tables, type World } from './world';
import { isPropertyId, LEAF_CHECKS } from '../validation/values';
import { optional, parserOf, request } from '../validation/check';
import { checkOf } from '../validation/shapes';

/**
 * What an actor may do, for one action: `allowed` (some arguments would be accepted),
 * `refused` with the rejection `execute` answers for every command of that action by this actor
 * here, whatever its other arguments, or `needs_property` for an action about one property when
 * none was named.
 */
export type Permission =
  | { readonly action: Action; readonly status: 'allowed' }
  | { readonly action: Action; readonly status: 'refused'; readonly rejection: Rejection | WorldRejection }
  | { readonly action: Action; readonly status: 'needs_property' };

// The platform's own operations (PA-9, PA-18); the rest but accepting an invitation are an
// account's, most of them about one property its actor must be an admin of (CX-1).
const PLATFORM_ONLY = [
  'grant_primary_account',
  'recontract_property',
  'change_ownership',
  'terminate_agreement',
] as const;

const includes = <T extends string>(list: readonly T[], value: string): value is T =>
  list.some((item) => item === value);

const allowed = (action: Action): Permission => ({ action, status: 'allowed' });
const refused = (action: Action, rejection: Rejection | WorldRejection): Permission => ({
  action,
  status: 'refused',
  rejection,
});

/** The property asked about: its ID, and its record when the world holds it. */
interface Here {
  readonly id: PropertyId;
  readonly record: Property | undefined;
}

// The part of each action's rules that depends on who acts (and on the property, when named)
// alone: the first refusal every command of the action by this actor meets, whatever else it says.
const permission = (
  tables: Tables,
  actor: CommandActor,
  who: Actor | null,
  here: Here | null,
  action: Action,
): Permission => {
  if (action === 'accept_invitation')
    return actor.kind === 'invitee' ? allowed(action) : refused(action, cannotIssue(actor.kind, action));
  if (who === null) return refused(action, cannotIssue(actor.kind, action));
  if (includes(PLATFORM_ONLY, action))
    return who.kind === 'platform' ? allowed(action) : refused(action, platformOnly(who, action, []));
  if (who.kind === 'platform') {
    // The platform adds existing listings (PA-4); the rest is for accounts.
    return action === 'add_property' ? allowed(action) : refused(action, cannotIssue('platform', action));
  }
  switch (action) {
    case 'request_primary_account':
      return who.kind === 'primary' ? refused(action, alreadyPrimary(who.id)) : allowed(action);
    case 'add_property':
      return addPropertyPermission(tables, who, here);
    case 'create_user':
    case 'add_user':
    case 'invite':
    case 'revoke_invitation':
    case 'remove_property':
    case 'set_access_rights':
    case 'grant_admin':
    case 'revoke_admin':
      if (here === null) return { action, status: 'needs_property' };
      if (here.record === undefined) return refused(action, notFound('property', here.id));
      return adminOver(who, here.record) ? allowed(action) : refused(action, notAdmin(who, here.id));
  }
};

// A property to add may be new to the world (a registration): only its ID is needed.
const addPropertyPermission = (tables: Tables, who: Account, here: Here | null): Permission => {
  const action = 'add_property';
  if (who.kind === 'non_primary') {
    if (here === null) return { action, status: 'needs_property' };
    return refused(action, {
      code: 'non_primary_cannot_add_property',
      rules: ['PA-11'],
      facts: { actor: actorRef(who), property: here.id },
      remedies: [],
    });
  }
  // PA-18: nothing more is added under a terminated agreement.
  const agreement = tables.agreements.get(who.agreement);
  return agreement?.status === 'terminated' ? refused(action, terminated(agreement)) : allowed(action);
};

const parseQuestion = parserOf(
  request({ actor: checkOf(commandActorShape, LEAF_CHECKS), property: optional(isPropertyId) }),
);

/**
 * What `actor` may do in `world`, action by action, with no arguments to make up: for each of
 * the world's actions, `allowed`, `refused` with the rejection (code, rules, facts, remedies: give
 * it to `explain` or `toProblem` for its message), or `needs_property` when the action is about
 * one property and none was named. Name `property` to ask about one property: the actions an
 * admin of it may take are then answered too (CX-1), and a property the world does not hold is
 * `record_not_found` for them (adding it may still be allowed: it may be a new registration).
 * Refused is refused for every command of the action by this actor there; allowed means some
 * command would be accepted. An actor account the world does not hold is `record_not_found`.
 *
 * @example
 * permittedActions(world, { kind: 'account', id: anna }, hotel);
 * // ok([{ action: 'add_property', status: 'allowed' }, …, { action: 'invite', status: 'refused', rejection: { code: 'actor_not_admin', … } }])
 */
export const permittedActions = (
  world: World,
  actor: CommandActor,
  property?: PropertyId,
): Result<readonly Permission[], WorldRejection | InvalidInput> => {
  const tables = tablesOf(world);
  const question = parseQuestion({ actor, property });
  if (question.isErr()) return err(question.error);
  const asked = question.value;
  let who: Actor | null = null;
  if (asked.actor.kind === 'platform') who = PLATFORM;
  if (asked.actor.kind === 'account') {
    const found = accountIn(tables, asked.actor.id);
    if (found.isErr()) return err(found.error);
    who = found.value;
  }
  const here: Here | null =
    asked.property === undefined ? null : { id: asked.property, record: tables.properties.get(asked.property) };
  return ok(Object.freeze(ACTIONS.map((action) => Object.freeze(permission(tables, asked.actor, who, here, action)))));
};
