// The decisions the benchmark times, on requests already in hand: add a property (PA-2 to PA-5,
// PA-10, PA-11, with PA-1 and PA-18 for the agreement), add a user (PA-13, PA-14) and invite
// (PA-15, CX-6). Half of each set is allowed and half refused, each for another reason, and every
// answer a contender gives is checked against the one written here.
import type {
  Account,
  AddPropertyRequest,
  AddUserRequest,
  InviteRequest,
  NonPrimaryAccount,
  PrimaryAccount,
  Property,
  PropertyOrigin,
} from 'partner-account-rules';
import {
  accessRights,
  accountId,
  displayName,
  email,
  instant,
  invitationId,
  legalEntityId,
  loginName,
  PLATFORM,
  propertyId,
} from 'partner-account-rules';

const leid = (value: number) => legalEntityId(value)._unsafeUnwrap();
const pid = (value: string) => propertyId(value)._unsafeUnwrap();
const at = (iso: string) => instant(iso)._unsafeUnwrap();

const person = (id: string) => ({
  id: accountId(id)._unsafeUnwrap(),
  login: loginName(id)._unsafeUnwrap(),
  email: email(`${id}@example.com`)._unsafeUnwrap(),
  name: displayName(`Person ${id}`)._unsafeUnwrap(),
});

const primary = (id: string, agreement: number): PrimaryAccount => ({
  kind: 'primary',
  ...person(id),
  agreement: leid(agreement),
});

const user = (id: string, rights: Parameters<typeof accessRights>[0], properties: string[]): NonPrimaryAccount => ({
  kind: 'non_primary',
  ...person(id),
  rights: accessRights(rights)._unsafeUnwrap(),
  properties: properties.map(pid),
});

/** A request and the answer it must get: `ok`, or the rejection's code. */
export interface Case<Request> {
  readonly request: Request;
  readonly expected: string;
}

/** The accounts that act; CASL builds one ability for each. */
export const OWNER = primary('owner', 1);
const OTHER_OWNER = primary('other-owner', 2);
const MANAGER = user('manager', ['admin'], ['hotel', 'annex']);
const CLERK = user('clerk', ['reservations'], ['hotel']);

// ---------------------------------------------------------------------------------------------
// Add a property
const unlinked = (id: string): Property => ({ id: pid(id), link: { kind: 'none' } });
const linked = (id: string, agreement: number): Property => ({
  id: pid(id),
  link: { kind: 'agreement', leid: leid(agreement) },
});
const attached = (id: string, agreement: number): Property => ({
  id: pid(id),
  link: { kind: 'attached', primaryOf: leid(agreement) },
});

const NEW: PropertyOrigin = { kind: 'new_registration' };
const LISTED: PropertyOrigin = { kind: 'existing_listing' };
const assigned = (agreement: number, partnerExisted: boolean): PropertyOrigin => ({
  kind: 'assigned_leid',
  leid: leid(agreement),
  partnerExisted,
});

const ACTIVE_1 = { leid: leid(1), status: 'active' } as const;
const ACTIVE_2 = { leid: leid(2), status: 'active' } as const;
const TERMINATED_1 = { leid: leid(1), status: 'terminated' } as const;

const allowed = (request: AddPropertyRequest): Case<AddPropertyRequest> => ({ request, expected: 'ok' });
const refused = (expected: string, request: AddPropertyRequest): Case<AddPropertyRequest> => ({ request, expected });

export const ADD_PROPERTY_CASES: readonly Case<AddPropertyRequest>[] = [
  allowed({ actor: OWNER, primary: OWNER, agreement: ACTIVE_1, property: unlinked('p-new'), origin: NEW }),
  refused('non_primary_cannot_add_property', {
    actor: MANAGER,
    primary: OWNER,
    agreement: ACTIVE_1,
    property: unlinked('p-new'),
    origin: NEW,
  }),
  allowed({ actor: PLATFORM, primary: OWNER, agreement: ACTIVE_1, property: unlinked('p-listed'), origin: LISTED }),
  refused('actor_is_not_this_primary', {
    actor: OTHER_OWNER,
    primary: OWNER,
    agreement: ACTIVE_1,
    property: unlinked('p-new'),
    origin: NEW,
  }),
  allowed({
    actor: OWNER,
    primary: OWNER,
    agreement: ACTIVE_1,
    property: unlinked('p-assigned'),
    origin: assigned(1, true),
  }),
  refused('property_already_in_portfolio', {
    actor: OWNER,
    primary: OWNER,
    agreement: ACTIVE_1,
    property: linked('p-linked', 1),
    origin: NEW,
  }),
  allowed({
    actor: OTHER_OWNER,
    primary: OTHER_OWNER,
    agreement: ACTIVE_2,
    property: unlinked('p-second'),
    origin: NEW,
  }),
  refused('property_in_other_agreement', {
    actor: PLATFORM,
    primary: OWNER,
    agreement: ACTIVE_1,
    property: linked('p-elsewhere', 3),
    origin: LISTED,
  }),
  allowed({ actor: OWNER, primary: OWNER, agreement: ACTIVE_1, property: unlinked('p-new-2'), origin: NEW }),
  refused('property_attached_to_other_primary', {
    actor: PLATFORM,
    primary: OWNER,
    agreement: ACTIVE_1,
    property: attached('p-attached', 2),
    origin: LISTED,
  }),
  allowed({
    actor: PLATFORM,
    primary: OTHER_OWNER,
    agreement: ACTIVE_2,
    property: unlinked('p-listed-2'),
    origin: LISTED,
  }),
  refused('property_not_in_agreement', {
    actor: OWNER,
    primary: OWNER,
    agreement: ACTIVE_1,
    property: unlinked('p-listed'),
    origin: LISTED,
  }),
  allowed({
    actor: OTHER_OWNER,
    primary: OTHER_OWNER,
    agreement: ACTIVE_2,
    property: unlinked('p-assigned-2'),
    origin: assigned(2, true),
  }),
  refused('assigned_leid_of_other_agreement', {
    actor: OWNER,
    primary: OWNER,
    agreement: ACTIVE_1,
    property: unlinked('p-assigned'),
    origin: assigned(2, true),
  }),
  allowed({ actor: OWNER, primary: OWNER, agreement: ACTIVE_1, property: unlinked('p-new-3'), origin: NEW }),
  refused('agreement_is_terminated', {
    actor: OWNER,
    primary: OWNER,
    agreement: TERMINATED_1,
    property: unlinked('p-new'),
    origin: NEW,
  }),
];

// ---------------------------------------------------------------------------------------------
// Add a user

const HOTEL: Property = { id: pid('hotel'), link: { kind: 'agreement', leid: leid(1) } };
const NEWCOMER = user('newcomer', ['finance'], ['annex']);

const addUserCase = (
  expected: string,
  actor: Account,
  found: Account | null,
  mail = found?.email ?? NEWCOMER.email,
): Case<AddUserRequest> => ({
  expected,
  request: {
    actor,
    property: HOTEL,
    username: found?.login ?? NEWCOMER.login,
    email: mail,
    accountWithUsername: found,
  },
});

export const ADD_USER_CASES: readonly Case<AddUserRequest>[] = [
  addUserCase('ok', OWNER, NEWCOMER),
  addUserCase('actor_not_admin', CLERK, NEWCOMER),
  addUserCase('ok', MANAGER, NEWCOMER),
  addUserCase('user_not_found', OWNER, null),
  addUserCase('ok', OWNER, user('night-porter', ['inbox'], [])),
  addUserCase('username_email_mismatch', OWNER, NEWCOMER, CLERK.email),
  addUserCase('ok', MANAGER, user('cook', ['promotions'], ['annex'])),
  addUserCase('user_is_primary_account', OWNER, OTHER_OWNER),
  addUserCase('ok', OWNER, user('accountant', ['finance'], ['annex'])),
  addUserCase('user_already_has_access', OWNER, CLERK),
];

// ---------------------------------------------------------------------------------------------
// Invite

const NOW = at('2026-11-22T12:00:00Z');
const invitee = (name: string, rights: Parameters<typeof accessRights>[0]) => ({
  id: invitationId(`inv-${name}`)._unsafeUnwrap(),
  name: displayName(name)._unsafeUnwrap(),
  email: email(`${name}@example.org`)._unsafeUnwrap(),
  rights: accessRights(rights)._unsafeUnwrap(),
});

const SENT_YESTERDAY = {
  ...invitee('guest', ['inbox']),
  property: HOTEL.id,
  invitedBy: OWNER.id,
  sentAt: at('2026-11-21T12:00:00Z'),
  status: { kind: 'pending' },
} as const;

const inviteCase = (expected: string, actor: Account, who: ReturnType<typeof invitee>): Case<InviteRequest> => ({
  expected,
  request: { actor, property: HOTEL, invitee: who, now: NOW, invitations: [SENT_YESTERDAY] },
});

export const INVITE_CASES: readonly Case<InviteRequest>[] = [
  inviteCase('ok', OWNER, invitee('maria', ['reservations'])),
  inviteCase('actor_not_admin', CLERK, invitee('maria', ['reservations'])),
  inviteCase('ok', MANAGER, invitee('jonas', ['finance', 'inbox'])),
  inviteCase('no_access_rights_chosen', OWNER, invitee('erik', [])),
  inviteCase('ok', OWNER, invitee('sara', ['admin'])),
  inviteCase('invitation_already_pending', OWNER, invitee('guest', ['inbox'])),
];

// ---------------------------------------------------------------------------------------------
// Every combination of the add-property facts that matter, for the agreement check that runs
// before anything is timed: each contender must give the library's answer to every one.

const ACTORS: readonly AddPropertyRequest['actor'][] = [OWNER, OTHER_OWNER, MANAGER, CLERK, PLATFORM];
const PRIMARIES: readonly (PrimaryAccount | null)[] = [OWNER, OTHER_OWNER, null];
const AGREEMENTS = [ACTIVE_1, ACTIVE_2, TERMINATED_1, { leid: leid(2), status: 'terminated' } as const];
const PROPERTIES: readonly Property[] = [
  unlinked('g'),
  linked('g', 1),
  linked('g', 2),
  linked('g', 3),
  attached('g', 1),
  attached('g', 2),
];
const ORIGINS: readonly PropertyOrigin[] = [
  NEW,
  LISTED,
  assigned(1, true),
  assigned(1, false),
  assigned(2, true),
  assigned(2, false),
];

/** Every combination of actor, primary account, agreement, property link and origin. */
export const ADD_PROPERTY_GRID: readonly AddPropertyRequest[] = ACTORS.flatMap((actor) =>
  PRIMARIES.flatMap((primary) =>
    AGREEMENTS.flatMap((agreement) =>
      PROPERTIES.flatMap((property) => ORIGINS.map((origin) => ({ actor, primary, agreement, property, origin }))),
    ),
  ),
);
