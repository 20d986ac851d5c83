import { err, ok, type Result } from 'neverthrow';

import type { Rejection } from '../catalog/rejections';
import type { ActorNotAdmin } from '../rejections/common';
import { acceptStanding } from '../rules/acceptInvitation';
import { nonPrimaryBlocked } from '../rules/addProperty';
import { grantPrimaryStanding } from '../rules/grantPrimaryAccount';
import { moveStanding } from '../rules/moveProperty';
import { adminOver, reaches } from '../rules/reach';
import { requestStanding } from '../rules/requestPrimaryAccount';
import { terminateStanding } from '../rules/terminateAgreement';
import { arrayOf, optional, parserOf, request } from '../validation/check';
import { checkOf } from '../validation/shapes';
import { frozenDeep } from '../validation/trust';
import { isInstant, isPropertyId, LEAF_CHECKS } from '../validation/values';
import { holdsAdmin } from '../values/accessRights';
import { type Account, type Actor, type NonPrimaryAccount, PLATFORM } from '../values/account';
import type { AccountId, PropertyId } from '../values/ids';
import type { Instant } from '../values/instant';
import { type Invitation, stateAt } from '../values/invitation';
import type { LegalEntityId } from '../values/legalEntityId';
import type { InvalidInput } from '../values/problem';
import type { Property } from '../values/property';
import { answered } from './answers';
import { type Action, ACTIONS, type CommandActor, commandActorShape } from './command';
import { accountIn, agreementsSeen, invitationIn, standingAt } from './lookup';
import { ask, type Asking } from './lookups';
import { cannotIssue, notFound, timeWentBackwards, type WorldRejection } from './rejection';
import { tablesOf, type World } from './world';

/**
 * What an actor may do now, for one action:
 * - `allowed`: at least one command of the action by this actor (on the property asked about)
 *   would be accepted now, with arguments the world holds, or new IDs and logins where the action
 *   makes a record;
 * - `refused`: every such command is refused, with exactly this rejection: the actor has no
 *   standing for the action (there), and execute answers this whatever the arguments;
 * - `unavailable`: the actor has standing, but no command would be accepted now, for reasons that
 *   differ by argument (no pending invitation to revoke, no account here to make an admin);
 * - `needs_property`: the action is about one property, and none was named.
 */
export type Permission =
  | { readonly action: Action; readonly status: 'allowed' }
  | { readonly action: Action; readonly status: 'refused'; readonly rejection: Rejection | WorldRejection }
  | { readonly action: Action; readonly status: 'unavailable' }
  | { readonly action: Action; readonly status: 'needs_property' };

// The answers that name nothing but their action, made once each, frozen, and shared.
const shared = (status: 'allowed' | 'unavailable' | 'needs_property'): Readonly<Record<Action, Permission>> =>
  Object.freeze(
    Object.fromEntries(ACTIONS.map((action) => [action, Object.freeze({ action, status })])) as Record<
      Action,
      Permission
    >,
  );
const ALLOWED = shared('allowed');
const UNAVAILABLE = shared('unavailable');
const NEEDS_PROPERTY = shared('needs_property');

const allowed = (action: Action): Permission => ALLOWED[action];
const needsProperty = (action: Action): Permission => NEEDS_PROPERTY[action];
const refused = (action: Action, rejection: Rejection | WorldRejection): Permission => ({
  action,
  status: 'refused',
  rejection,
});
const either = (action: Action, open: boolean): Permission => (open ? ALLOWED[action] : UNAVAILABLE[action]);

// The refusals that name only the kind of actor and the action (actor_cannot_issue), made once
// each, frozen, and shared: a listing asks the platform the eight admin actions at every property.
const cannotIssueAll = (kind: CommandActor['kind']): Readonly<Record<Action, Permission>> =>
  Object.freeze(
    Object.fromEntries(
      ACTIONS.map((action) => [action, frozenDeep(refused(action, cannotIssue(kind, action)))]),
    ) as Record<Action, Permission>,
  );
const CANNOT_ISSUE: Readonly<Record<CommandActor['kind'], Readonly<Record<Action, Permission>>>> = Object.freeze({
  account: cannotIssueAll('account'),
  platform: cannotIssueAll('platform'),
  invitee: cannotIssueAll('invitee'),
});
const cannot = (kind: CommandActor['kind'], action: Action): Permission => CANNOT_ISSUE[kind][action];

/** Who asks (its record, when an account; its invitation, when an invitee), about what, and when. */
type Asker =
  | { readonly kind: 'account'; readonly account: Account }
  | { readonly kind: 'platform' }
  | { readonly kind: 'invitee'; readonly invitation: Invitation };

interface Question {
  readonly asker: Asker;
  /** The property asked about, by ID, with its record when there is one. */
  readonly here: { readonly id: PropertyId; readonly property: Property | undefined } | null;
  readonly now: Instant;
  /** An asking account's standing over `here` (CX-1): the property it administers, or the refusal. */
  readonly standing: Result<Property, ActorNotAdmin> | null;
  /** What is worked out once for the actor and kept while it asks. */
  readonly kept: Kept;
}

// Kept for one actor across the actions and properties it asks about: what it reaches, as a set;
// whether it administers every property of an account (CX-2), by account; the accounts reaching
// the property asked about, asked once for the four actions that look at them.
interface Kept {
  readonly reached: ReadonlySet<PropertyId> | undefined;
  readonly administersAll: Map<AccountId, boolean>;
  /** An account's refusal to move a property it does not reach, which names no property (PA-18). */
  readonly moveRefusals: Map<MoveAction, Permission>;
  /** Whether an agreement in force other than the one named (null: none) is there, by that one. */
  readonly movesTo: Map<LegalEntityId | null, boolean>;
  reachers: { readonly property: PropertyId; readonly accounts: readonly NonPrimaryAccount[] } | null;
}

const keptFor = (asker: Asker): Kept => ({
  reached:
    asker.kind === 'account' && asker.account.kind === 'non_primary' ? new Set(asker.account.properties) : undefined,
  administersAll: new Map(),
  moveRefusals: new Map(),
  movesTo: new Map(),
  reachers: null,
});

const actorOf = (asker: Asker): Actor | null => {
  switch (asker.kind) {
    case 'account':
      return asker.account;
    case 'platform':
      return PLATFORM;
    case 'invitee':
      return null;
  }
};

// CX-2: a change of rights of `account` needs the actor to administer every property it reaches.
// Asked once per account: callers look in `kept.administersAll` first.
function* administersAll(actor: Account, account: NonPrimaryAccount, kept: Kept): Asking<boolean> {
  const reached = yield* ask({ kind: 'properties', ids: account.properties });
  const all =
    reached.length === account.properties.length &&
    reached.every((property) => adminOver(actor, property, kept.reached));
  kept.administersAll.set(account.id, all);
  return all;
}

// The non-primary accounts that reach `property`, asked once per property.
function* reachersOf(property: PropertyId, kept: Kept): Asking<readonly NonPrimaryAccount[]> {
  if (kept.reachers?.property === property) return kept.reachers.accounts;
  const accounts = yield* ask({ kind: 'reachers', property });
  kept.reachers = { property, accounts };
  return accounts;
}

// The eight actions an admin of one property takes (CX-1).
const ADMIN_ACTIONS = [
  'create_user',
  'add_user',
  'invite',
  'revoke_invitation',
  'remove_property',
  'set_access_rights',
  'grant_admin',
  'revoke_admin',
] as const satisfies readonly Action[];
type AdminAction = (typeof ADMIN_ACTIONS)[number];
type AdminPermissions = Readonly<Record<AdminAction, Permission>>;

// The admin actions at a property where the actor has no standing: each refused with that one
// refusal, which is frozen once and shared by the eight.
const refusedAll = (rejection: ActorNotAdmin): AdminPermissions => {
  const frozen = frozenDeep(rejection);
  const each = (action: AdminAction): Permission => Object.freeze({ action, status: 'refused', rejection: frozen });
  return {
    create_user: each('create_user'),
    add_user: each('add_user'),
    invite: each('invite'),
    revoke_invitation: each('revoke_invitation'),
    remove_property: each('remove_property'),
    set_access_rights: each('set_access_rights'),
    grant_admin: each('grant_admin'),
    revoke_admin: each('revoke_admin'),
  };
};

// The actions an admin of one property takes (CX-1), decided together: the actor's standing first,
// as the handlers look at it; then whether any argument there is would be accepted, from one look
// at the accounts that reach the property.
function* administering(question: Question, actor: Account): Asking<AdminPermissions> {
  const { here, now, standing, kept } = question;
  if (here === null || standing === null) return NEEDS_PROPERTY;
  if (standing.isErr()) return refusedAll(standing.error);
  const { id } = here;
  const reachers = yield* reachersOf(id, kept);
  // CX-2: an account whose rights change must have every property it reaches administered by the
  // actor; set_access_rights takes any such account, grant_admin one without admin, revoke_admin
  // one with it.
  let anyChangeable = false;
  let grantable = false;
  let revocable = false;
  for (const account of reachers) {
    if (grantable && revocable) break;
    const admin = holdsAdmin(account.rights);
    if (admin ? revocable : grantable) continue;
    if (!(kept.administersAll.get(account.id) ?? (yield* administersAll(actor, account, kept)))) continue;
    anyChangeable = true;
    if (admin) revocable = true;
    else grantable = true;
  }
  // PA-14: a non-primary account that does not reach the property yet, which an admin names by
  // username and email (what the rule discloses to an admin).
  const outsider = yield* ask({ kind: 'outsider_exists', property: id });
  const open = yield* ask({ kind: 'open_invitations', property: id });
  return {
    // A new ID, a new login or email, and at least one right: always open to an admin.
    create_user: ALLOWED.create_user,
    add_user: either('add_user', outsider),
    invite: ALLOWED.invite,
    revoke_invitation: either(
      'revoke_invitation',
      open.some((invitation) => stateAt(invitation, now) === 'pending'),
    ),
    remove_property: either('remove_property', reachers.length > 0),
    set_access_rights: either('set_access_rights', anyChangeable),
    grant_admin: either('grant_admin', grantable),
    revoke_admin: either('revoke_admin', revocable),
  };
}

// PA-18: an account may not move a property; the refusal offers to ask for the move only where it
// reaches the property, so the one for the properties it does not reach is made once.
const moveRefusal = (actor: Account, action: MoveAction, property: Property | undefined, kept: Kept): Permission => {
  if (property !== undefined && reaches(actor, property, kept.reached))
    return refused(action, moveStanding(actor, action, property, kept.reached));
  let known = kept.moveRefusals.get(action);
  if (known === undefined) {
    known = frozenDeep(refused(action, moveStanding(actor, action, undefined)));
    kept.moveRefusals.set(action, known);
  }
  return known;
};

// PA-18: whether an agreement in force other than `linked` is there, asked once per agreement.
function* movesTo(linked: LegalEntityId | null, kept: Kept): Asking<boolean> {
  const known = kept.movesTo.get(linked);
  if (known !== undefined) return known;
  const open = yield* ask({ kind: 'some_agreement', primary: 'any', except: linked });
  kept.movesTo.set(linked, open);
  return open;
}

// PA-10, PA-11, PA-4: who may add a property, and whether any addition would be accepted now.
function* adding(actor: Actor): Asking<Permission> {
  const action = 'add_property';
  switch (actor.kind) {
    case 'non_primary':
      return refused(action, nonPrimaryBlocked(actor));
    case 'primary':
      // A new registration under its own agreement, while the agreement is in force (PA-10).
      return either(action, (yield* ask({ kind: 'agreement', leid: actor.agreement }))?.status === 'active');
    case 'platform':
      // PA-4: an unlinked listing, and an agreement in force with a primary account to take it.
      return either(
        action,
        (yield* ask({ kind: 'has_unlinked' })) &&
          (yield* ask({ kind: 'some_agreement', primary: 'with', except: null })),
      );
  }
}

// PA-9: an agreement the account sees, in force, that lacks a primary account.
function* requestable(account: Account): Asking<boolean> {
  for (const leid of yield* agreementsSeen(account)) {
    const agreement = yield* ask({ kind: 'agreement', leid });
    if (agreement?.status === 'active' && (yield* ask({ kind: 'primary_of', leid })) === null) return true;
  }
  return false;
}

// The actions whose answer does not depend on the property asked about.
const SCOPELESS_ACTIONS = [
  'add_property',
  'request_primary_account',
  'grant_primary_account',
  'accept_invitation',
  'terminate_agreement',
] as const satisfies readonly Action[];
const SCOPELESS: ReadonlySet<Action> = new Set(SCOPELESS_ACTIONS);
type MoveAction = 'recontract_property' | 'change_ownership';

// The actions other than an admin's, each decided alone (the admin actions: `administering`).
type SingleAction = Exclude<Action, AdminAction>;

function* permission(question: Question, action: SingleAction): Asking<Permission> {
  const { asker, here, now } = question;
  const actor = actorOf(asker);
  switch (action) {
    case 'accept_invitation': {
      if (asker.kind !== 'invitee') return cannot(asker.kind, action);
      const standing = acceptStanding(asker.invitation, now);
      return standing === null ? allowed(action) : refused(action, standing);
    }
    case 'add_property':
      return actor === null ? cannot('invitee', action) : yield* adding(actor);
    case 'request_primary_account': {
      if (asker.kind !== 'account') return cannot(asker.kind, action);
      const standing = requestStanding(asker.account);
      if (standing !== null) return refused(action, standing);
      return either(action, yield* requestable(asker.account));
    }
    case 'grant_primary_account': {
      if (actor === null) return cannot('invitee', action);
      const standing = grantPrimaryStanding(actor);
      if (standing !== null) return refused(action, standing);
      return either(action, yield* ask({ kind: 'some_agreement', primary: 'without', except: null }));
    }
    case 'terminate_agreement': {
      if (actor === null) return cannot('invitee', action);
      const standing = terminateStanding(actor);
      if (standing !== null) return refused(action, standing);
      return either(action, yield* ask({ kind: 'some_agreement', primary: 'any', except: null }));
    }
    case 'recontract_property':
    case 'change_ownership': {
      if (actor === null) return cannot('invitee', action);
      if (here === null) return needsProperty(action);
      if (actor.kind !== 'platform') return moveRefusal(actor, action, here.property, question.kept);
      const { property } = here;
      if (property === undefined) return refused(action, notFound('property', here.id));
      // PA-18: to another agreement in force than the one it is linked to.
      const linked = property.link.kind === 'agreement' ? property.link.leid : null;
      return either(action, yield* movesTo(linked, question.kept));
    }
  }
}

const parseQuestion = parserOf(
  request({ actor: checkOf(commandActorShape, LEAF_CHECKS), now: isInstant, property: optional(isPropertyId) }),
);

function* askerOf(actor: CommandActor): Asking<Result<Asker, WorldRejection>> {
  switch (actor.kind) {
    case 'account':
      return (yield* accountIn(actor.id)).map((account): Asker => ({ kind: 'account', account }));
    case 'platform':
      return ok({ kind: 'platform' });
    case 'invitee':
      return (yield* invitationIn(actor.invitation)).map((invitation): Asker => ({ kind: 'invitee', invitation }));
  }
}

/** Who asks what may be done, about which property, when; checked (see {@link permittedActions}). */
export interface PermissionQuestion {
  readonly actor: CommandActor;
  readonly now: Instant;
  readonly property?: PropertyId | undefined;
}

/** The most properties one listing question names. */
export const MAX_LISTING = 100_000;

const parseListing = parserOf(
  request({
    actor: checkOf(commandActorShape, LEAF_CHECKS),
    now: isInstant,
    properties: arrayOf(isPropertyId, MAX_LISTING),
  }),
);

/** Who asks what may be done at each of many properties, when; checked (see {@link permittedActionsByProperty}). */
export interface ListingQuestion {
  readonly actor: CommandActor;
  readonly now: Instant;
  readonly properties: readonly PropertyId[];
}

/** Checks a listing question as `permittedActionsByProperty` does; `time_went_backwards` is the world's. */
export const parseListingQuestion: (input: unknown) => Result<ListingQuestion, InvalidInput> = parseListing;

/** Checks a question of permissions as `permittedActions` does; `time_went_backwards` is the world's. */
export const parsePermissionQuestion: (input: unknown) => Result<PermissionQuestion, InvalidInput> = parseQuestion;

// The question about `property` (or none) of an asker, with its standing there.
function* questionAt(asker: Asker, now: Instant, kept: Kept, property: PropertyId | undefined): Asking<Question> {
  if (property === undefined) return { asker, here: null, now, standing: null, kept };
  const record = yield* ask({ kind: 'property', id: property });
  const standing = asker.kind === 'account' ? standingAt(asker.account, property, record, kept.reached) : null;
  return { asker, here: { id: property, property: record }, now, standing, kept };
}

// Which of ACTIONS an admin of one property takes, by index.
const IS_ADMIN_ACTION: readonly boolean[] = ACTIONS.map((action) =>
  (ADMIN_ACTIONS as readonly Action[]).includes(action),
);

// Every action's permission about one question, in the order of ACTIONS, each frozen: the admin
// actions decided together (refused all alike to the platform and an invitee), the actions about no
// property taken from `scopeless`, by index, when given.
function* permissionsAt(
  question: Question,
  scopeless: readonly (Permission | undefined)[] | null,
): Asking<readonly Permission[]> {
  const { asker } = question;
  const admin: Readonly<Record<AdminAction, Permission>> =
    asker.kind === 'account' ? yield* administering(question, asker.account) : CANNOT_ISSUE[asker.kind];
  const permissions: Permission[] = [];
  for (let index = 0; index < ACTIONS.length; index += 1) {
    const action = ACTIONS[index] as Action;
    const known = IS_ADMIN_ACTION[index] === true ? admin[action as AdminAction] : scopeless?.[index];
    permissions.push(known ?? frozenDeep(yield* permission(question, action as SingleAction)));
  }
  return Object.freeze(permissions);
}

/**
 * The permissions of a checked question, action by action, asked one lookup at a time, so that a
 * store can answer them as the world does (see world/lookups.ts).
 */
export function* askPermissions(question: PermissionQuestion): Asking<Result<readonly Permission[], WorldRejection>> {
  const asker = yield* askerOf(question.actor);
  if (asker.isErr()) return err(asker.error);
  const asked = yield* questionAt(asker.value, question.now, keptFor(asker.value), question.property);
  return ok(yield* permissionsAt(asked, null));
}

/** The permissions at one property of a listing (see {@link permittedActionsByProperty}). */
export interface PropertyPermissions {
  readonly property: PropertyId;
  readonly permissions: readonly Permission[];
}

/**
 * The permissions of a checked listing question, property by property: what depends only on the
 * actor is asked once.
 */
export function* askPermissionsByProperty(
  question: ListingQuestion,
): Asking<Result<readonly PropertyPermissions[], WorldRejection>> {
  const asker = yield* askerOf(question.actor);
  if (asker.isErr()) return err(asker.error);
  const kept = keptFor(asker.value);
  const anywhere = yield* questionAt(asker.value, question.now, kept, undefined);
  const scopeless: (Permission | undefined)[] = [];
  for (const action of ACTIONS)
    scopeless.push(SCOPELESS.has(action) ? frozenDeep(yield* permission(anywhere, action as SingleAction)) : undefined);
  const listing: PropertyPermissions[] = [];
  for (const property of question.properties) {
    const asked = yield* questionAt(asker.value, question.now, kept, property);
    listing.push(Object.freeze({ property, permissions: yield* permissionsAt(asked, scopeless) }));
  }
  return ok(Object.freeze(listing));
}

// A checked question's answer from the world's tables, at a moment no earlier than its clock.
const inWorld = <Q extends { readonly now: Instant }, T>(
  world: World,
  parsed: Result<Q, InvalidInput>,
  ask: (question: Q) => Asking<Result<T, WorldRejection>>,
): Result<T, WorldRejection | InvalidInput> => {
  const tables = tablesOf(world);
  if (parsed.isErr()) return err(parsed.error);
  const { now } = parsed.value;
  if (tables.clock !== null && now < tables.clock) return err(timeWentBackwards(now, tables.clock));
  return answered(tables, ask(parsed.value));
};

/**
 * What `actor` may do in `world` at `now`, action by action: for each of the world's actions,
 * `allowed`, `refused` with the rejection (code, rules, facts, remedies: give it to `explain` or
 * `toProblem` for its message), `unavailable`, or `needs_property` when the action is about one
 * property and none was named (see {@link Permission}). Name `property` to ask about one property:
 * the actions an admin of it takes are then answered too (CX-1). `allowed` means some command of
 * the action would be accepted now; `refused` that every one would be refused, with that very
 * rejection, which is the one `execute` answers; neither depends on anything the actor may not
 * see. An actor the world does not hold (an account, or an invitee's invitation) is
 * `record_not_found`; a `now` before the world's clock, `time_went_backwards`.
 *
 * @example
 * permittedActions(world, { kind: 'account', id: anna }, now, hotel);
 * // ok([{ action: 'add_property', status: 'allowed' }, …, { action: 'invite', status: 'refused', rejection: { code: 'actor_not_admin', … } }])
 */
export const permittedActions = (
  world: World,
  actor: CommandActor,
  now: Instant,
  property?: PropertyId,
): Result<readonly Permission[], WorldRejection | InvalidInput> =>
  inWorld(world, parseQuestion({ actor, now, property }), askPermissions);

/**
 * What `actor` may do in `world` at `now` at each of `properties` (at most {@link MAX_LISTING}),
 * in the order given: for each, exactly what `permittedActions(world, actor, now, property)`
 * answers, for a page that lists many properties with their actions. What depends only on the actor
 * (who it is, what it reaches, the actions about no property, whether it administers every property
 * of an account) is worked out once, not once per property. Rejections as for `permittedActions`.
 *
 * @example
 * permittedActionsByProperty(world, { kind: 'account', id: anna }, now, [hotel, hostel]);
 * // ok([{ property: hotel, permissions: [{ action: 'add_property', status: 'allowed' }, …] }, { property: hostel, … }])
 */
export const permittedActionsByProperty = (
  world: World,
  actor: CommandActor,
  now: Instant,
  properties: readonly PropertyId[],
): Result<readonly PropertyPermissions[], WorldRejection | InvalidInput> =>
  inWorld(world, parseListing({ actor, now, properties }), askPermissionsByProperty);
