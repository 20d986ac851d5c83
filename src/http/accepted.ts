import type {
  AccessRights,
  AccountId,
  Executed,
  Instant,
  InvitationId,
  LegalEntityId,
  PropertyId,
  RuleId,
  WorldEvent,
  WorldEventKind,
} from 'partner-account-rules';
import { type Invitation, invitationState } from 'partner-account-rules';

import { plainList } from './plain';

/**
 * One event of an accepted command as its client is told it: what happened, when, and the IDs of
 * the records it changed, with the rights an account now holds. The records themselves are for the
 * store and the operator: an account the admin added may reach another partner's properties too.
 */
export interface ClientEvent {
  readonly kind: WorldEventKind;
  readonly at: Instant;
  readonly property?: PropertyId;
  readonly account?: AccountId;
  readonly invitation?: InvitationId;
  readonly agreement?: LegalEntityId;
  /** The account's access rights now: PA-14 shows them to the admin who added it, to review. */
  readonly rights?: AccessRights;
  /** When an invitation sent expires (CX-6). */
  readonly expiresAt?: Instant;
}

/** An accepted command as its client is told it: the rules that allowed it and what changed. */
export interface AcceptedAnswer {
  readonly status: 200;
  readonly rules: readonly RuleId[];
  readonly events: readonly ClientEvent[];
}

// CX-6: when the invitation expires, as the core tells it.
const expiryOf = (invitation: Invitation): { readonly expiresAt?: Instant } =>
  invitationState({ invitation, now: invitation.sentAt }).match(
    ({ expiresAt }) => ({ expiresAt }),
    () => ({}),
  );

const clientEvent = (event: WorldEvent): ClientEvent => {
  const { kind, at } = event;
  switch (event.kind) {
    case 'property_registered':
    case 'property_linked':
      return { kind, at, property: event.property.id };
    case 'primary_account_requested':
      return { kind, at, account: event.requester, agreement: event.agreement };
    case 'primary_account_granted':
      return { kind, at, account: event.account.id, agreement: event.account.agreement };
    case 'user_created':
    case 'access_rights_set':
    case 'admin_granted':
    case 'admin_revoked':
      return { kind, at, account: event.account.id, rights: event.account.rights };
    case 'access_granted':
      return { kind, at, account: event.account.id, property: event.property, rights: event.account.rights };
    case 'access_removed':
      return { kind, at, account: event.account.id, property: event.property };
    case 'invitation_sent':
      return {
        kind,
        at,
        invitation: event.invitation.id,
        property: event.invitation.property,
        ...expiryOf(event.invitation),
      };
    case 'invitation_accepted':
      return {
        kind,
        at,
        invitation: event.invitation.id,
        account: event.account.id,
        property: event.invitation.property,
      };
    case 'invitation_expired':
    case 'invitation_revoked':
      return { kind, at, invitation: event.invitation.id, property: event.invitation.property };
    case 'property_recontracted':
    case 'ownership_changed':
      return {
        kind,
        at,
        property: event.property.id,
        ...(event.property.link.kind === 'agreement' ? { agreement: event.property.link.leid } : {}),
      };
    case 'agreement_terminated':
      return { kind, at, agreement: event.agreement.leid };
  }
};

/** The most events one answer lists: a change of ownership or a termination makes one event. */
const MAX_EVENTS = 1_000;

// Each event told as it is, or left out when it cannot be read: what `execute` answers always can.
const eventsOf = (events: unknown): ClientEvent[] => {
  const told: ClientEvent[] = [];
  if (!Array.isArray(events)) return told;
  for (const event of events.slice(0, MAX_EVENTS)) {
    try {
      // An event of an Executed answer: execute made it from the event shape.
      told.push(clientEvent(event as WorldEvent));
    } catch {
      // Not an event: nothing to tell of it.
    }
  }
  return told;
};

/**
 * What a client is told of a command `execute` (or a store) accepted: status 200, the rules that
 * allowed it, and each event as a {@link ClientEvent}: its kind, its moment and the IDs it
 * changed, never the records it carries. Send it as the response body; keep the events themselves
 * in the store.
 *
 * @example
 * execute(world, command).map((executed) => reply.send(toAccepted(executed)));
 */
export const toAccepted = (executed: Pick<Executed, 'rules' | 'events'>): AcceptedAnswer => {
  try {
    const { rules, events } = executed;
    return {
      status: 200,
      rules: plainList(rules, 32).filter((rule): rule is RuleId => typeof rule === 'string'),
      events: eventsOf(events),
    };
  } catch {
    return { status: 200, rules: [], events: [] };
  }
};
