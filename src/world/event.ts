import { arrayOf, literal, object, variant } from '../validation/check';
import {
  isAccountId,
  isAgreement,
  isInstant,
  isInvitation,
  isLeid,
  isLink,
  isNonPrimary,
  isPrimary,
  isProperty,
  isPropertyId,
  isRights,
  MAX_RECORDS,
} from '../validation/values';
import type { ActorRef } from '../values/actorRef';
import type { AccessRights } from '../values/accessRights';
import type { NonPrimaryAccount, PrimaryAccount } from '../values/account';
import type { PartnerAgreement } from '../values/agreement';
import type { AccountId, PropertyId } from '../values/ids';
import type { Instant } from '../values/instant';
import type { Invitation } from '../values/invitation';
import type { LegalEntityId } from '../values/legalEntityId';
import type { Property, PropertyLink } from '../values/property';
import {
  advanceClock,
  closeInvitation,
  putAccount,
  putAgreement,
  putInvitation,
  putProperty,
  type Tables,
} from './world';

interface EventOf<Kind extends string> {
  readonly kind: Kind;
  /** When it happened: the `now` of the command that caused it. */
  readonly at: Instant;
}

/**
 * What a command changed, as data. Each event carries the records as they are after it, so
 * {@link replay} applies it without deciding anything again.
 */
export type WorldEvent =
  | (EventOf<'property_registered'> & { readonly property: Property; readonly primary: AccountId })
  | (EventOf<'property_linked'> & {
      readonly property: Property;
      readonly previous: PropertyLink;
      readonly primary: AccountId;
    })
  | (EventOf<'primary_account_requested'> & { readonly requester: AccountId; readonly agreement: LegalEntityId })
  | (EventOf<'primary_account_granted'> & { readonly account: PrimaryAccount })
  | (EventOf<'user_created'> & { readonly account: NonPrimaryAccount; readonly by: ActorRef })
  | (EventOf<'access_granted'> & {
      readonly account: NonPrimaryAccount;
      readonly property: PropertyId;
      readonly by: ActorRef;
    })
  | (EventOf<'access_removed'> & {
      readonly account: NonPrimaryAccount;
      readonly property: PropertyId;
      readonly by: ActorRef;
    })
  | (EventOf<'access_rights_set'> & {
      readonly account: NonPrimaryAccount;
      readonly previous: AccessRights;
      readonly by: ActorRef;
    })
  | (EventOf<'admin_granted'> & { readonly account: NonPrimaryAccount; readonly by: ActorRef })
  | (EventOf<'admin_revoked'> & { readonly account: NonPrimaryAccount; readonly by: ActorRef })
  | (EventOf<'invitation_sent'> & { readonly invitation: Invitation })
  | (EventOf<'invitation_accepted'> & { readonly invitation: Invitation; readonly account: NonPrimaryAccount })
  | (EventOf<'invitation_expired'> & { readonly invitation: Invitation })
  | (EventOf<'invitation_revoked'> & { readonly invitation: Invitation })
  | (EventOf<'property_recontracted'> & { readonly property: Property; readonly previous: PropertyLink })
  | (EventOf<'ownership_changed'> & {
      readonly property: Property;
      readonly previous: PropertyLink;
      /** CX-5: the accounts that lost access, as they are now. */
      readonly accessRemoved: readonly NonPrimaryAccount[];
      /** CX-5: the pending invitations revoked with it. */
      readonly invitationsRevoked: readonly Invitation[];
    })
  | (EventOf<'agreement_terminated'> & {
      readonly agreement: PartnerAgreement;
      readonly unlinked: readonly Property[];
    });

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
      return putInvitation(tables, event.invitation);
    case 'invitation_accepted':
      return putAccount(putInvitation(tables, event.invitation), event.account);
    case 'invitation_expired':
      return closeInvitation(tables, event.invitation);
    case 'ownership_changed': {
      const moved = putProperty(tables, event.property);
      const withAccounts = event.accessRemoved.reduce(putAccount, moved);
      return event.invitationsRevoked.reduce(putInvitation, withAccounts);
    }
    case 'agreement_terminated':
      return event.unlinked.reduce(putProperty, putAgreement(tables, event.agreement));
  }
};

const isRecordedActor = variant('kind', {
  platform: object({ kind: literal('platform') }),
  primary: object({ kind: literal('primary'), id: isAccountId }),
  non_primary: object({ kind: literal('non_primary'), id: isAccountId }),
});

const at = { at: isInstant };
const onAccount = { ...at, account: isNonPrimary, by: isRecordedActor };

/** The run-time check of an event, for events read back from storage. */
export const isWorldEvent = variant('kind', {
  property_registered: object({
    ...at,
    kind: literal('property_registered'),
    property: isProperty,
    primary: isAccountId,
  }),
  property_linked: object({
    ...at,
    kind: literal('property_linked'),
    property: isProperty,
    previous: isLink,
    primary: isAccountId,
  }),
  primary_account_requested: object({
    ...at,
    kind: literal('primary_account_requested'),
    requester: isAccountId,
    agreement: isLeid,
  }),
  primary_account_granted: object({ ...at, kind: literal('primary_account_granted'), account: isPrimary }),
  user_created: object({ ...onAccount, kind: literal('user_created') }),
  access_granted: object({ ...onAccount, kind: literal('access_granted'), property: isPropertyId }),
  access_removed: object({ ...onAccount, kind: literal('access_removed'), property: isPropertyId }),
  access_rights_set: object({ ...onAccount, kind: literal('access_rights_set'), previous: isRights }),
  admin_granted: object({ ...onAccount, kind: literal('admin_granted') }),
  admin_revoked: object({ ...onAccount, kind: literal('admin_revoked') }),
  invitation_sent: object({ ...at, kind: literal('invitation_sent'), invitation: isInvitation }),
  invitation_accepted: object({
    ...at,
    kind: literal('invitation_accepted'),
    invitation: isInvitation,
    account: isNonPrimary,
  }),
  invitation_expired: object({ ...at, kind: literal('invitation_expired'), invitation: isInvitation }),
  invitation_revoked: object({ ...at, kind: literal('invitation_revoked'), invitation: isInvitation }),
  property_recontracted: object({
    ...at,
    kind: literal('property_recontracted'),
    property: isProperty,
    previous: isLink,
  }),
  ownership_changed: object({
    ...at,
    kind: literal('ownership_changed'),
    property: isProperty,
    previous: isLink,
    accessRemoved: arrayOf(isNonPrimary, MAX_RECORDS),
    invitationsRevoked: arrayOf(isInvitation, MAX_RECORDS),
  }),
  agreement_terminated: object({
    ...at,
    kind: literal('agreement_terminated'),
    agreement: isAgreement,
    unlinked: arrayOf(isProperty, MAX_RECORDS),
  }),
});
