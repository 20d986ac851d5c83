import type { Account } from '../values/account';
import { expiresAt, type Invitation } from '../values/invitation';
import type { InputIssue, Problem } from '../values/problem';
import type { Property } from '../values/property';
import { membersOf, type Tables } from './world';

// What every record of a consistent world must keep towards the others, checked against tables
// that hold it: by worldFrom for every record of a snapshot, and by replay for the records each
// event carries, as it applies them. One definition, so a world that one refuses the other
// cannot build.

/** Where a problem lies, relative to the record checked, and what it is. */
export type Report = (path: InputIssue['path'], problem: Problem) => void;

/** PA-1, PA-18: a property names agreements that are there and in force (INV-1, INV-5). */
export const checkProperty = (tables: Tables, { link }: Property, report: Report): void => {
  const leid = link.kind === 'agreement' ? link.leid : link.kind === 'attached' ? link.primaryOf : null;
  if (leid === null) return;
  const path = ['link', link.kind === 'agreement' ? 'leid' : 'primaryOf'];
  const agreement = tables.agreements.get(leid);
  if (agreement === undefined) report(path, { code: 'unknown_reference', record: 'agreement' });
  // Termination unlinks the whole portfolio, and nothing is linked to an agreement after it.
  else if (agreement.status === 'terminated') report(path, { code: 'conflict', reason: 'agreement_is_terminated' });
};

/**
 * INV-2: a primary account belongs to an agreement that is there; a non-primary account reaches
 * properties that are there, each once. That a login is its own (CX-4) and an agreement has one
 * primary are asked of the list (worldFrom) or of the world before the event (replay), since the
 * tables checked here already hold the account under its login and agreement.
 */
export const checkAccount = (tables: Tables, account: Account, report: Report): void => {
  if (account.kind === 'primary') {
    if (!tables.agreements.has(account.agreement))
      report(['agreement'], { code: 'unknown_reference', record: 'agreement' });
    return;
  }
  const seen = new Set<string>();
  account.properties.forEach((property, index) => {
    if (!tables.properties.has(property))
      report(['properties', index], { code: 'unknown_reference', record: 'property' });
    if (seen.has(property)) report(['properties', index], { code: 'duplicate', of: 'id' });
    seen.add(property);
  });
};

/**
 * PA-15, CX-6: an invitation is for a property that is there, from an account that is there; it
 * was accepted or revoked after it was sent and before it expired, by an account that is there;
 * and no other pending invitation for the same person and property was open when it was sent.
 */
export const checkInvitation = (tables: Tables, invitation: Invitation, report: Report): void => {
  const { property, invitedBy, status, sentAt } = invitation;
  if (!tables.properties.has(property)) report(['property'], { code: 'unknown_reference', record: 'property' });
  if (!tables.accounts.has(invitedBy)) report(['invitedBy'], { code: 'unknown_reference', record: 'account' });
  if (status.kind === 'pending') {
    if (overlapsPending(tables, invitation))
      report(['email'], { code: 'conflict', reason: 'second_pending_invitation' });
    return;
  }
  // An expiry recorded is checked against the world's clock, where the clock is known.
  if (status.kind === 'expired') return;
  if (status.at < sentAt) report(['status', 'at'], { code: 'conflict', reason: 'before_sent' });
  if (status.at >= expiresAt(invitation)) report(['status', 'at'], { code: 'conflict', reason: 'after_expiry' });
  const by = status.kind === 'accepted' ? status.account : status.by.kind === 'account' ? status.by.id : null;
  if (by !== null && !tables.accounts.has(by)) {
    report(['status', status.kind === 'accepted' ? 'account' : 'by'], { code: 'unknown_reference', record: 'account' });
  }
};

// Another invitation of the property, pending as recorded, for the same email, whose open time
// overlaps this one's: invite refuses to send it (PA-15), so no world made by commands has it.
const overlapsPending = (tables: Tables, invitation: Invitation): boolean =>
  membersOf(tables.openInvitations, invitation.property).some((id) => {
    const other = tables.invitations.get(id);
    if (
      other === undefined ||
      other.id === invitation.id ||
      other.email !== invitation.email ||
      other.status.kind !== 'pending'
    )
      return false;
    return other.sentAt <= invitation.sentAt
      ? invitation.sentAt < expiresAt(other)
      : other.sentAt < expiresAt(invitation);
  });
