import { err, ok, type Result } from 'neverthrow';

import { arrayOf, invalidInput, parserOf } from '../validation/check';
import { sameRights } from '../values/accessRights';
import type { NonPrimaryAccount } from '../values/account';
import { MAX_RECORDS } from '../values/account';
import type { AccountId } from '../values/ids';
import { type Instant, INSTANT_LIMIT } from '../values/instant';
import { expiresAt, type Invitation } from '../values/invitation';
import type { LoginName } from '../values/loginName';
import type { InputIssue, InvalidInput } from '../values/problem';
import { skeletonOf } from '../values/skeleton';
import { applyEvent, isWorldEvent, type WorldEvent } from './event';
import { checkAccount, checkInvitation, checkProperty, type Report } from './integrity';
import { inBatch, isWorld, type Tables, type World, worldHolding } from './world';

/**
 * Checks a list of events one by one, each on its own, without applying them: a frozen copy
 * whose records are trusted, or `invalid_input` with the path of every malformed field. Whether
 * they fit the world they are applied to is for {@link replay} to say.
 *
 * @example
 * makeEvents(JSON.parse(text)).andThen((events) => replay(world, events));
 */
export const makeEvents: (events: unknown) => Result<readonly WorldEvent[], InvalidInput> = parserOf(
  arrayOf(isWorldEvent, MAX_RECORDS),
);

type Issues = InputIssue[];

const under =
  (issues: Issues, ...prefix: (string | number)[]): Report =>
  (path, problem) => {
    issues.push({ path: [...prefix, ...path], problem });
  };

// What must already be there, or not yet, for the event to be one a command could have made:
// a record it creates has a new ID, a record it changes exists and is of the kind it changes.
const beforeEvent = (tables: Tables, event: WorldEvent, issues: Issues): void => {
  const at: At = (path, problem) => {
    issues.push({ path, problem });
  };
  // A change of access keeps who the account is: no command renames a login or changes its person.
  const changedAccount = (changed: NonPrimaryAccount, path: (string | number)[]): void => {
    const account = tables.accounts.get(changed.id);
    if (account === undefined) at([...path, 'id'], { code: 'unknown_reference', record: 'account' });
    else if (account.kind !== 'non_primary') at([...path, 'id'], { code: 'conflict', reason: 'not_non_primary' });
    else {
      for (const field of ['login', 'email', 'name'] as const)
        if (changed[field] !== account[field]) at([...path, field], { code: 'conflict', reason: 'not_kept' });
    }
    loginFree(changed.id, changed.login, path);
  };
  // CX-4: checked before the event, whose record would take the login over in the index.
  const loginFree = (id: AccountId, login: LoginName, path: (string | number)[]): void => {
    // CX-7: a login that looks like another's is held as that one.
    const holder = tables.logins.get(login) ?? tables.skeletons.get(skeletonOf(login));
    if (holder !== undefined && holder !== id) at([...path, 'login'], { code: 'duplicate', of: 'login' });
  };
  switch (event.kind) {
    case 'property_registered': {
      if (tables.properties.has(event.property.id)) at(['property', 'id'], { code: 'duplicate', of: 'id' });
      const leid = event.property.link.kind === 'agreement' ? event.property.link.leid : null;
      if (leid === null || tables.primaries.get(leid) !== event.primary)
        at(['primary'], { code: 'conflict', reason: 'not_primary_of_agreement' });
      return;
    }
    case 'property_linked':
    case 'property_recontracted':
    case 'ownership_changed':
      if (!tables.properties.has(event.property.id))
        at(['property', 'id'], { code: 'unknown_reference', record: 'property' });
      if (event.kind === 'ownership_changed') {
        event.accessRemoved.forEach((account, index) => {
          changedAccount(account, ['accessRemoved', index]);
        });
        event.invitationsRevoked.forEach((invitation, index) => {
          invitationEnds(tables, event.at, invitation, 'revoked', ['invitationsRevoked', index], at);
        });
      }
      return;
    case 'primary_account_requested':
      if (!tables.accounts.has(event.requester)) at(['requester'], { code: 'unknown_reference', record: 'account' });
      if (!tables.agreements.has(event.agreement))
        at(['agreement'], { code: 'unknown_reference', record: 'agreement' });
      return;
    case 'primary_account_granted': {
      // INV-2: the agreement's first primary account, made while the agreement is in force.
      const { id, login, agreement } = event.account;
      if (tables.accounts.has(id)) at(['account', 'id'], { code: 'duplicate', of: 'id' });
      loginFree(id, login, ['account']);
      if (tables.primaries.has(agreement)) at(['account', 'agreement'], { code: 'duplicate', of: 'primary_account' });
      if (tables.agreements.get(agreement)?.status === 'terminated')
        at(['account', 'agreement'], { code: 'conflict', reason: 'agreement_is_terminated' });
      return;
    }
    case 'user_created':
      if (tables.accounts.has(event.account.id)) at(['account', 'id'], { code: 'duplicate', of: 'id' });
      loginFree(event.account.id, event.account.login, ['account']);
      return;
    case 'access_granted':
    case 'access_removed':
    case 'access_rights_set':
    case 'admin_granted':
    case 'admin_revoked':
      changedAccount(event.account, ['account']);
      return;
    case 'invitation_sent':
      if (tables.invitations.has(event.invitation.id)) at(['invitation', 'id'], { code: 'duplicate', of: 'id' });
      // CX-6: sent at the moment the event records, and pending from then on.
      if (event.invitation.sentAt !== event.at)
        at(['invitation', 'sentAt'], { code: 'conflict', reason: 'not_at_event' });
      if (event.invitation.status.kind !== 'pending')
        at(['invitation', 'status', 'kind'], { code: 'unknown_variant', allowed: ['pending'] });
      return;
    case 'invitation_accepted':
      invitationEnds(tables, event.at, event.invitation, 'accepted', ['invitation'], at);
      if (tables.accounts.has(event.account.id)) at(['account', 'id'], { code: 'duplicate', of: 'id' });
      loginFree(event.account.id, event.account.login, ['account']);
      if (event.invitation.status.kind !== 'accepted' || event.invitation.status.account !== event.account.id) {
        at(['invitation', 'status'], { code: 'conflict', reason: 'wrong_account' });
      }
      return;
    case 'invitation_expired':
      invitationEnds(tables, event.at, event.invitation, 'expired', ['invitation'], at);
      return;
    case 'invitation_revoked':
      invitationEnds(tables, event.at, event.invitation, 'revoked', ['invitation'], at);
      return;
    case 'agreement_terminated':
      if (!tables.agreements.has(event.agreement.leid))
        at(['agreement', 'leid'], { code: 'unknown_reference', record: 'agreement' });
      event.unlinked.forEach((property, index) => {
        if (!tables.properties.has(property.id))
          at(['unlinked', index, 'id'], { code: 'unknown_reference', record: 'property' });
      });
      return;
  }
};

type At = (path: (string | number)[], problem: InputIssue['problem']) => void;

/**
 * CX-6: an event that ends an invitation (accepted, revoked, or found expired) names one that is
 * there and still pending as stored, keeps the moment it was sent, and happens when it could:
 * accepted or revoked before it expired, at the event's moment; expired only once its 7 days are
 * over; and keeps every other field as stored. So a forged log cannot close an invitation early,
 * backdate one, or make it another person's or property's as it ends.
 */
const invitationEnds = (
  tables: Tables,
  moment: Instant,
  invitation: Invitation,
  ending: 'accepted' | 'revoked' | 'expired',
  path: (string | number)[],
  at: At,
): void => {
  const stored = tables.invitations.get(invitation.id);
  if (stored === undefined) {
    at([...path, 'id'], { code: 'unknown_reference', record: 'invitation' });
    return;
  }
  if (stored.status.kind !== 'pending') at([...path, 'status'], { code: 'conflict', reason: 'not_pending' });
  if (invitation.sentAt !== stored.sentAt) at([...path, 'sentAt'], { code: 'conflict', reason: 'not_at_event' });
  // Ending an invitation keeps what it was: its property, who sent it, to whom, with which rights.
  for (const field of ['property', 'invitedBy', 'name', 'email'] as const)
    if (invitation[field] !== stored[field]) at([...path, field], { code: 'conflict', reason: 'not_kept' });
  if (!sameRights(invitation.rights, stored.rights)) at([...path, 'rights'], { code: 'conflict', reason: 'not_kept' });
  const { status } = invitation;
  if (status.kind !== ending) {
    at([...path, 'status', 'kind'], { code: 'unknown_variant', allowed: [ending] });
    return;
  }
  const expiry = expiresAt(stored);
  if (status.kind === 'expired') {
    if (moment < expiry) at(['at'], { code: 'conflict', reason: 'before_expiry' });
    return;
  }
  if (moment >= expiry) at(['at'], { code: 'conflict', reason: 'after_expiry' });
  if (status.at !== moment) at([...path, 'status', 'at'], { code: 'conflict', reason: 'not_at_event' });
};

// The records the event leaves, each checked against the world it is now part of, as worldFrom
// checks every record of a snapshot.
const afterEvent = (tables: Tables, event: WorldEvent, issues: Issues): void => {
  switch (event.kind) {
    case 'property_registered':
    case 'property_linked':
    case 'property_recontracted':
      checkProperty(tables, event.property, under(issues, 'property'));
      return;
    case 'primary_account_requested':
    case 'invitation_expired':
      return;
    case 'primary_account_granted':
    case 'user_created':
    case 'access_granted':
    case 'access_removed':
    case 'access_rights_set':
    case 'admin_granted':
    case 'admin_revoked':
      checkAccount(tables, event.account, under(issues, 'account'));
      return;
    case 'invitation_sent':
    case 'invitation_revoked':
      checkInvitation(tables, event.invitation, under(issues, 'invitation'));
      return;
    case 'invitation_accepted':
      checkInvitation(tables, event.invitation, under(issues, 'invitation'));
      checkAccount(tables, event.account, under(issues, 'account'));
      return;
    case 'ownership_changed':
      checkProperty(tables, event.property, under(issues, 'property'));
      event.invitationsRevoked.forEach((invitation, index) => {
        checkInvitation(tables, invitation, under(issues, 'invitationsRevoked', index));
      });
      return;
    case 'agreement_terminated':
      // PA-18: a terminated agreement keeps no property; the event must unlink its whole portfolio.
      if (tables.portfolios.has(event.agreement.leid))
        issues.push({ path: ['unlinked'], problem: { code: 'conflict', reason: 'agreement_is_terminated' } });
      return;
  }
};

/**
 * The world after `events`, applied in order to `world`: the world that executing their
 * commands produced. Nothing is decided again; each event carries its records. Events read back
 * from storage are checked as worldFrom checks a snapshot, one by one as they apply: their shape,
 * their moment (never before the world's clock), and every record they carry against the world
 * so far (references, IDs and logins, INV-1..INV-10). The first event that fails is
 * `invalid_input`, with its issues and their paths; nothing is built.
 *
 * @example
 * execute(world, command).andThen(({ events }) => replay(world, events));
 * // ok(a world equal to the one execute answered)
 */
export const replay = (world: World, events: readonly WorldEvent[]): Result<World, InvalidInput> => {
  if (!isWorld(world))
    return err({ code: 'invalid_input', issues: [{ path: ['world'], problem: { code: 'not_a_world' } }] });
  return makeEvents(events).andThen((valid) => {
    const issues: Issues = [];
    // Many events: one batch, so the maps write into the nodes it makes instead of copying paths.
    const tables = inBatch(world.tables, (open) => {
      let current = open;
      for (let index = 0; index < valid.length && issues.length === 0; index += 1) {
        const event = valid[index];
        if (event === undefined) break;
        const found: Issues = [];
        if (current.clock !== null && event.at < current.clock)
          found.push({ path: ['at'], problem: { code: 'out_of_range', min: current.clock, max: INSTANT_LIMIT } });
        // Inside the batch the maps change in place: what must hold before the event is read first.
        beforeEvent(current, event, found);
        const next = applyEvent(current, event);
        if (found.length === 0) afterEvent(next, event, found);
        for (const issue of found) issues.push({ path: [index, ...issue.path], problem: issue.problem });
        current = next;
      }
      return current;
    });
    return issues.length === 0 ? ok(worldHolding(tables)) : err(invalidInput(issues));
  });
};
