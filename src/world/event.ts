import { checkOf } from '../validation/shapes';
import { LEAF_CHECKS } from '../validation/values';
import { type Account, MAX_RECORDS, type NonPrimaryAccount, nonPrimaryShape, primaryShape } from '../values/account';
import { actorRefShape } from '../values/actorRef';
import type { PartnerAgreement } from '../values/agreement';
import { agreementShape } from '../values/agreement';
import type { PropertyId } from '../values/ids';
import type { Invitation } from '../values/invitation';
import { invitationShape } from '../values/invitation';
import { linkShape, type Property, propertyShape } from '../values/property';
import { type Infer, leaf, list, variant, withFields } from '../values/shape';
import { advanceClock, putAccount, putAgreement, putInvitation, putProperty, type Tables } from './world';

// An event that changed a non-primary account: the account as it is now, and who changed it.
const changedAccount = { account: nonPrimaryShape, by: actorRefShape };

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
    user_created: changedAccount,
    access_granted: { ...changedAccount, property: leaf('propertyId') },
    access_removed: { ...changedAccount, property: leaf('propertyId') },
    access_rights_set: { ...changedAccount, previous: leaf('rights') },
    admin_granted: changedAccount,
    admin_revoked: changedAccount,
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

/** What an event does to an account's reach: the properties it gained, and those it lost. */
export interface ReachChange {
  readonly added: readonly PropertyId[];
  readonly removed: readonly PropertyId[];
}

/**
 * One record as an event leaves it, whole: what a store writes (inserts, or updates in place) to
 * carry the event out. An account's write says too what its reach gained and lost, so that a store
 * keeping an index of who reaches what changes only that.
 */
export type Write =
  | { readonly kind: 'agreement'; readonly agreement: PartnerAgreement }
  | { readonly kind: 'property'; readonly property: Property }
  | { readonly kind: 'account'; readonly account: Account; readonly reach: ReachChange }
  | { readonly kind: 'invitation'; readonly invitation: Invitation };

const NO_CHANGE: ReachChange = Object.freeze({ added: [], removed: [] });

const property = (record: Property): Write => ({ kind: 'property', property: record });
const invitation = (record: Invitation): Write => ({ kind: 'invitation', invitation: record });
const account = (record: Account, reach: ReachChange = NO_CHANGE): Write => ({
  kind: 'account',
  account: record,
  reach,
});
const gained = (record: NonPrimaryAccount): ReachChange => ({ added: record.properties, removed: [] });

/** The records `event` writes, in the order a store writes them. */
export const writesOf = (event: WorldEvent): readonly Write[] => {
  switch (event.kind) {
    case 'property_registered':
    case 'property_linked':
    case 'property_recontracted':
      return [property(event.property)];
    case 'primary_account_requested':
      return [];
    case 'primary_account_granted':
      return [account(event.account)];
    case 'user_created':
      return [account(event.account, gained(event.account))];
    case 'access_granted':
      return [account(event.account, { added: [event.property], removed: [] })];
    case 'access_removed':
      return [account(event.account, { added: [], removed: [event.property] })];
    case 'access_rights_set':
    case 'admin_granted':
    case 'admin_revoked':
      return [account(event.account)];
    case 'invitation_sent':
    case 'invitation_revoked':
    case 'invitation_expired':
      return [invitation(event.invitation)];
    case 'invitation_accepted':
      return [invitation(event.invitation), account(event.account, gained(event.account))];
    case 'ownership_changed': {
      const lost: ReachChange = { added: [], removed: [event.property.id] };
      return [
        property(event.property),
        ...event.accessRemoved.map((holder) => account(holder, lost)),
        ...event.invitationsRevoked.map(invitation),
      ];
    }
    case 'agreement_terminated':
      return [{ kind: 'agreement', agreement: event.agreement }, ...event.unlinked.map(property)];
  }
};

const put = (tables: Tables, write: Write): Tables => {
  switch (write.kind) {
    case 'agreement':
      return putAgreement(tables, write.agreement);
    case 'property':
      return putProperty(tables, write.property);
    case 'account':
      return putAccount(tables, write.account);
    case 'invitation':
      return putInvitation(tables, write.invitation);
  }
};

/**
 * The tables after `event`: each record it writes stored as it carries it, the indexes following,
 * and the clock moved to the event's moment.
 */
export const applyEvent = (tables: Tables, event: WorldEvent): Tables =>
  writesOf(event).reduce(put, advanceClock(tables, event.at));

/** The run-time check of an event, for events read back from storage. */
export const isWorldEvent = checkOf(eventShape, LEAF_CHECKS);
