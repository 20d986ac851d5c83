import { LEAF_CHECKS } from '../validation/values';
import { checkOf } from '../validation/shapes';
import { actorRefShape } from '../values/actorRef';
import { MAX_RECORDS, nonPrimaryShape, primaryShape } from '../values/account';
import { agreementShape } from '../values/agreement';
import { invitationShape } from '../values/invitation';
import { linkShape, propertyShape } from '../values/property';
import { leaf, list, variant, withFields, type Infer } from '../values/shape';
import { advanceClock, putAccount, putAgreement, putInvitation, putProperty, type Tables } from './world';

const onAccount = { account: nonPrimaryShape, by: actorRefShape };

/**
 * The shape of a {@link WorldEvent}: each kind with the records it carries. In
 * `ownership_changed`, `accessRemoved` lists the accounts that lost access, as they are now, and
 * `invitationsRevoked` the pending invitations revoked with it (CX-5).
 */
export const eventShape = withFields(
  variant('kind', {
    property_registered: { property: propertyShape, primary: leaf('accountId') },
    property_linked: { property: propertyShape, previous: linkShape, primary: leaf('accountId') },
    primary_account_requested: { requester: leaf('accountId'), agreement: leaf('leid') },
    primary_account_granted: { account: primaryShape },
    user_created: onAccount,
    access_granted: { ...onAccount, property: leaf('propertyId') },
    access_removed: { ...onAccount, property: leaf('propertyId') },
    access_rights_set: { ...onAccount, previous: leaf('rights') },
    admin_granted: onAccount,
    admin_revoked: onAccount,
    invitation_sent: { invitation: invitationShape },
    invitation_accepted: { invitation: invitationShape, account: nonPrimaryShape },
    invitation_expired: { invitation: invitationShape },
    invitation_revoked: { invitation: invitationShape },
    property_recontracted: { property: propertyShape, previous: linkShape },
    ownership_changed: {
      property: propertyShape,
      previous: linkShape,
      accessRemoved: list(nonPrimaryShape, MAX_RECORDS),
      invitationsRevoked: list(invitationShape, MAX_RECORDS),
    },
    agreement_terminated: { agreement: agreementShape, unlinked: list(propertyShape, MAX_RECORDS) },
  }),
  { at: leaf('instant', 'When it happened: the `now` of the command that caused it.') },
);

/**
 * What a command changed, as data. Each event carries the records as they are after it, so
 * {@link replay} applies it without deciding anything again.
 */
export type WorldEvent = Infer<typeof eventShape>;

/** The kind of an event. */
export type WorldEventKind = WorldEvent['kind'];

/**
 * The tables after `event`. Records are stored as the event carries them; indexes follow, and
 * the clock moves to the event's moment.
 */
export const applyEvent = (tables: Tables, event: WorldEvent): Tables =>
  applyRecords(advanceClock(tables, event.at), event);

const applyRecords = (tables: Tables, event: WorldEvent): Tables => {
  switch (event.kind) {
    case 'property_registered':
    case 'property_linked':
    case 'property_recontracted':
      return putProperty(tables, event.property);
    case 'primary_account_requested':
      return tables;
    case 'primary_account_granted':
    case 'user_created':
    case 'access_granted':
    case 'access_removed':
    case 'access_rights_set':
    case 'admin_granted':
    case 'admin_revoked':
      return putAccount(tables, event.account);
    case 'invitation_sent':
    case 'invitation_revoked':
    case 'invitation_expired':
      return putInvitation(tables, event.invitation);
    case 'invitation_accepted':
      return putAccount(putInvitation(tables, event.invitation), event.account);
    case 'ownership_changed': {
      const moved = putProperty(tables, event.property);
      const withAccounts = event.accessRemoved.reduce(putAccount, moved);
      return event.invitationsRevoked.reduce(putInvitation, withAccounts);
    }
    case 'agreement_terminated':
      return event.unlinked.reduce(putProperty, putAgreement(tables, event.agreement));
  }
};

/** The run-time check of an event, for events read back from storage. */
export const isWorldEvent = checkOf(eventShape, LEAF_CHECKS);
