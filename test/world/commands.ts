import fc from 'fast-check';

// Raw JSON commands over small pools of IDs, logins and emails, so that generated sequences
// collide, repeat and build on each other: the cases the invariants are about. Times move
// forward by up to ten days a step, so invitations expire along the way.

const START = Date.parse('2026-11-01T08:00:00Z');
const HOUR = 3_600_000;

export const START_SNAPSHOT = {
  agreements: [
    { leid: 1, status: 'active' },
    { leid: 2, status: 'active' },
    { leid: 3, status: 'active' },
  ],
  properties: [
    { id: 'h1', link: { kind: 'agreement', leid: 1 } },
    { id: 'h2', link: { kind: 'agreement', leid: 1 } },
    { id: 'h3', link: { kind: 'agreement', leid: 2 } },
    { id: 'h4', link: { kind: 'none' } },
    { id: 'h5', link: { kind: 'agreement', leid: 3 } },
  ],
  accounts: [
    { kind: 'primary', id: 'p1', login: 'anna', email: 'anna@example.com', name: 'Anna', agreement: 1 },
    { kind: 'primary', id: 'p2', login: 'bo', email: 'bo@example.com', name: 'Bo', agreement: 2 },
    { kind: 'non_primary', id: 'u1', login: 'carl', email: 'carl@example.com', name: 'Carl', rights: ['reservations'], properties: ['h1'] },
    { kind: 'non_primary', id: 'u2', login: 'dora', email: 'dora@example.com', name: 'Dora', rights: ['admin'], properties: ['h1', 'h3'] },
  ],
  invitations: [],
};

const accountIds = ['p1', 'p2', 'u1', 'u2', 'n1', 'n2', 'n3'];
const propertyIds = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7'];
const invitationIds = ['i1', 'i2', 'i3'];
const logins = ['anna', 'Bo', 'carl', 'eva', 'eva.2', 'fred', 'gus', 'hedda'];
const emails = ['anna@example.com', 'bo@example.com', 'carl@example.com', 'eva@example.com'];

const account = fc.constantFrom(...accountIds);
const newAccount = fc.constantFrom('n1', 'n2', 'n3', 'u1');
const property = fc.constantFrom(...propertyIds);
const leid = fc.integer({ min: 1, max: 4 });
const rights = fc.subarray(['admin', 'reservations', 'finance', 'inbox']);
const login = fc.constantFrom(...logins);
const email = fc.constantFrom(...emails);

const byAccount = (id: string, weight: number) => ({ weight, arbitrary: fc.constant({ kind: 'account', id }) });
const platform = (weight: number) => ({ weight, arbitrary: fc.constant({ kind: 'platform' }) });
const invitee = (weight: number) => ({ weight, arbitrary: fc.constant({ kind: 'invitee' }) });
// Who usually issues each kind of command, with a share of everyone else, so both sides occur.
const staff = fc.oneof(byAccount('p1', 4), byAccount('p2', 2), byAccount('u2', 3), byAccount('u1', 1), byAccount('n1', 1), platform(1), invitee(1));
const operator = fc.oneof(platform(3), byAccount('p1', 1), byAccount('u2', 1));
const guest = fc.oneof(invitee(5), byAccount('p1', 1));

const withActor = <T extends object>(args: fc.Arbitrary<T>, actor: fc.Arbitrary<object>) => fc.tuple(args, actor).map(([values, by]) => ({ ...values, actor: by }));

const action = fc.oneof(
  withActor(
    fc.record({
      action: fc.constant('add_property'),
      agreement: leid,
      property,
      origin: fc.oneof(
        fc.constant({ kind: 'new_registration' }),
        fc.constant({ kind: 'existing_listing' }),
        fc.record({ kind: fc.constant('assigned_leid'), leid, partnerExisted: fc.boolean() }),
      ),
    }),
    fc.oneof(staff, operator),
  ),
  withActor(fc.record({ action: fc.constant('request_primary_account'), agreement: leid }), staff),
  withActor(
    fc.record({ action: fc.constant('create_user'), property, user: fc.record({ id: newAccount, login, email, name: fc.constant('New User'), rights }) }),
    staff,
  ),
  withActor(fc.record({ action: fc.constant('add_user'), property, username: login, email }), staff),
  withActor(
    fc.record({
      action: fc.constant('invite'),
      property,
      invitee: fc.record({ id: fc.constantFrom(...invitationIds), name: fc.constant('Guest'), email, rights }),
    }),
    staff,
  ),
  withActor(fc.record({ action: fc.constant('accept_invitation'), invitation: fc.constantFrom(...invitationIds), account: newAccount, login }), guest),
  withActor(fc.record({ action: fc.constant('revoke_invitation'), invitation: fc.constantFrom(...invitationIds) }), staff),
  withActor(fc.record({ action: fc.constant('remove_property'), account, property }), staff),
  withActor(fc.record({ action: fc.constant('set_access_rights'), account, property, rights }), staff),
  withActor(fc.record({ action: fc.constant('grant_admin'), account, property }), staff),
  withActor(fc.record({ action: fc.constant('revoke_admin'), account, property }), staff),
  withActor(fc.record({ action: fc.constant('recontract_property'), property, to: leid }), operator),
  withActor(fc.record({ action: fc.constant('change_ownership'), property, to: leid }), operator),
  withActor(fc.record({ action: fc.constant('terminate_agreement'), agreement: leid }), fc.oneof(operator, staff)),
);

/** A raw command as JSON would carry it, at `START` plus `hours`. */
export const rawCommand = fc.tuple(action, fc.integer({ min: 0, max: 240 })).map(([args, hours]) => ({ ...args, now: START + hours * HOUR }));

/** Something that is not a command, for totality (INV-9). */
export const malformedCommand = fc.oneof(
  fc.anything(),
  rawCommand.map((command) => ({ ...command, actor: { kind: 'account' } })),
  rawCommand.map((command) => ({ ...command, action: 'delete_everything' })),
);
