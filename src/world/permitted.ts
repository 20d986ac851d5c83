import { err, ok, type Result } from 'neverthrow';
import type { Rejection } from '../catalog/rejections';
import { nonPrimaryBlocked } from '../rules/addProperty';
import { grantPrimaryStanding } from '../rules/grantPrimaryAccount';
import { moveStanding } from '../rules/moveProperty';
import { adminOver } from '../rules/reach';
import { requestStanding } from '../rules/requestPrimaryAccount';
import { terminateStanding } from '../rules/terminateAgreement';
import { notPending } from '../rejections/refusals';
import { holdsAdmin } from '../values/accessRights';
import { PLATFORM, type Account, type Actor, type NonPrimaryAccount } from '../values/account';
import type { PropertyId } from '../values/ids';
import type { Instant } from '../values/instant';
import type { LegalEntityId } from '../values/legalEntityId';
import { stateAt, type Invitation } from '../values/invitation';
import type { InvalidInput } from '../values/problem';
import type { Property } from '../values/property';
import { optional, parserOf, request } from '../validation/check';
import { frozenDeep } from '../validation/trust';
import { checkOf } from '../validation/shapes';
import { isInstant, isPropertyId, LEAF_CHECKS } from '../validation/values';
import { ACTIONS, commandActorShape, type Action, type CommandActor } from './command';
import { accountIn, administered, invitationIn, openInvitationsOf, reachersOf } from './lookup';
import { cannotIssue, notFound, timeWentBackwards, type WorldRejection } from './rejection';
import { agreementsSeenBy } from './view';
import { membersOf, tablesOf, type Tables, type World } from './world';

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

const allowed = (action: Action): Permission => ({ action, status: 'allowed' });
const refused = (action: Action, rejection: Rejection | WorldRejection): Permission => ({
  action,
  status: 'refused',
  rejection,
});
const either = (action: Action, open: boolean): Permission =>
  open ? { action, status: 'allowed' } : { action, status: 'unavailable' };

/** Who asks (its record, when an account; its invitation, when an invitee), about what, and when. */
type Asker =
  | { readonly kind: 'account'; readonly account: Account }
  | { readonly kind: 'platform' }
  | { readonly kind: 'invitee'; readonly invitation: Invitation };

interface Question {
  readonly tables: Tables;
  readonly asker: Asker;
  /** The property asked about, by ID, with its record when the world holds one. */
  readonly here: { readonly id: PropertyId; readonly property: Property | undefined } | null;
  readonly now: Instant;
}

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
const administersAll = (tables: Tables, actor: Account, account: NonPrimaryAccount): boolean =>
  account.properties.every((id) => {
    const record = tables.properties.get(id);
    return record !== undefined && adminOver(actor, record);
  });

// Whether some active agreement passes `test`: a scan of the agreements, which stops at the first.
const someActive = (tables: Tables, test: (leid: LegalEntityId) => boolean): boolean => {
  for (const agreement of tables.agreements.values())
    if (agreement.status === 'active' && test(agreement.leid)) return true;
  return false;
};

// The actions an admin of one property takes (CX-1): the actor's standing first, as the handlers
// look at it; then whether any argument the world holds would be accepted.
const administering = (
  question: Question,
  actor: Account,
  action: Exclude<Action, ScopelessAction | MoveAction>,
): Permission => {
  const { tables, here, now } = question;
  if (here === null) return { action, status: 'needs_property' };
  const { id } = here;
  const administers = administered(tables, actor, id);
  if (administers.isErr()) return refused(action, administers.error);
  const changeable = (wanted: (account: NonPrimaryAccount) => boolean): boolean =>
    reachersOf(tables, id).some((account) => wanted(account) && administersAll(tables, actor, account));
  switch (action) {
    case 'create_user':
    case 'invite':
      // A new ID, a new login or email, and at least one right: always open to an admin.
      return allowed(action);
    case 'add_user':
      // PA-14: a non-primary account that does not reach the property yet, which an admin names by
      // username and email (what the rule discloses to an admin).
      return either(action, tables.accounts.size - tables.primaries.size > membersOf(tables.reachers, id).length);
    case 'revoke_invitation':
      return either(
        action,
        openInvitationsOf(tables, id).some((invitation) => stateAt(invitation, now) === 'pending'),
      );
    case 'remove_property':
      return either(action, reachersOf(tables, id).length > 0);
    case 'set_access_rights':
      return either(
        action,
        changeable(() => true),
      );
    case 'grant_admin':
      return either(
        action,
        changeable((account) => !holdsAdmin(account.rights)),
      );
    case 'revoke_admin':
      return either(
        action,
        changeable((account) => holdsAdmin(account.rights)),
      );
  }
};

// PA-10, PA-11, PA-4: who may add a property, and whether any addition would be accepted now.
const adding = (tables: Tables, actor: Actor): Permission => {
  const action = 'add_property';
  switch (actor.kind) {
    case 'non_primary':
      return refused(action, nonPrimaryBlocked(actor));
    case 'primary':
      // A new registration under its own agreement, while the agreement is in force (PA-10).
      return either(action, tables.agreements.get(actor.agreement)?.status === 'active');
    case 'platform':
      // PA-4: an unlinked listing, and an agreement in force with a primary account to take it.
      return either(action, tables.unlinked.size > 0 && someActive(tables, (leid) => tables.primaries.has(leid)));
  }
};

type ScopelessAction =
  'add_property' | 'request_primary_account' | 'grant_primary_account' | 'accept_invitation' | 'terminate_agreement';
type MoveAction = 'recontract_property' | 'change_ownership';

const permission = (question: Question, action: Action): Permission => {
  const { tables, asker, here, now } = question;
  const actor = actorOf(asker);
  switch (action) {
    case 'accept_invitation': {
      if (asker.kind !== 'invitee') return refused(action, cannotIssue(asker.kind, action));
      const { invitation } = asker;
      if (now < invitation.sentAt)
        return refused(action, {
          code: 'invitation_not_yet_sent',
          rules: ['CX-6'],
          facts: { invitation: invitation.id, sentAt: invitation.sentAt, now },
          remedies: [],
        });
      const state = stateAt(invitation, now);
      return state === 'pending' ? allowed(action) : refused(action, notPending(invitation, state));
    }
    case 'add_property':
      return actor === null ? refused(action, cannotIssue('invitee', action)) : adding(tables, actor);
    case 'request_primary_account': {
      if (asker.kind !== 'account') return refused(action, cannotIssue(asker.kind, action));
      const standing = requestStanding(asker.account);
      if (standing !== null) return refused(action, standing);
      const seen = agreementsSeenBy(tables, asker.account);
      return either(
        action,
        [...seen].some((leid) => tables.agreements.get(leid)?.status === 'active' && !tables.primaries.has(leid)),
      );
    }
    case 'grant_primary_account': {
      if (actor === null) return refused(action, cannotIssue('invitee', action));
      const standing = grantPrimaryStanding(actor);
      if (standing !== null) return refused(action, standing);
      return either(
        action,
        someActive(tables, (leid) => !tables.primaries.has(leid)),
      );
    }
    case 'terminate_agreement': {
      if (actor === null) return refused(action, cannotIssue('invitee', action));
      const standing = terminateStanding(actor);
      if (standing !== null) return refused(action, standing);
      return either(
        action,
        someActive(tables, () => true),
      );
    }
    case 'recontract_property':
    case 'change_ownership': {
      if (actor === null) return refused(action, cannotIssue('invitee', action));
      if (here === null) return { action, status: 'needs_property' };
      if (actor.kind !== 'platform') return refused(action, moveStanding(actor, action, here.property));
      const { property } = here;
      if (property === undefined) return refused(action, notFound('property', here.id));
      // PA-18: to another agreement in force than the one it is linked to.
      const linked = property.link.kind === 'agreement' ? property.link.leid : null;
      return either(
        action,
        someActive(tables, (leid) => leid !== linked),
      );
    }
    case 'create_user':
    case 'add_user':
    case 'invite':
    case 'revoke_invitation':
    case 'remove_property':
    case 'set_access_rights':
    case 'grant_admin':
    case 'revoke_admin':
      if (asker.kind !== 'account') return refused(action, cannotIssue(asker.kind, action));
      return administering(question, asker.account, action);
  }
};

const parseQuestion = parserOf(
  request({ actor: checkOf(commandActorShape, LEAF_CHECKS), now: isInstant, property: optional(isPropertyId) }),
);

const askerIn = (tables: Tables, actor: CommandActor): Result<Asker, WorldRejection> => {
  switch (actor.kind) {
    case 'account':
      return accountIn(tables, actor.id).map((account) => ({ kind: 'account', account }));
    case 'platform':
      return ok({ kind: 'platform' });
    case 'invitee':
      return invitationIn(tables, actor.invitation).map((invitation) => ({ kind: 'invitee', invitation }));
  }
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
): Result<readonly Permission[], WorldRejection | InvalidInput> => {
  const tables = tablesOf(world);
  const parsed = parseQuestion({ actor, now, property });
  if (parsed.isErr()) return err(parsed.error);
  const asked = parsed.value;
  if (tables.clock !== null && asked.now < tables.clock) return err(timeWentBackwards(asked.now, tables.clock));
  const asker = askerIn(tables, asked.actor);
  if (asker.isErr()) return err(asker.error);
  const here =
    asked.property === undefined ? null : { id: asked.property, property: tables.properties.get(asked.property) };
  const question: Question = { tables, asker: asker.value, here, now: asked.now };
  return ok(frozenDeep(ACTIONS.map((action) => permission(question, action))));
};
