import fc from 'fast-check';

// Raw JSON commands over small pools of IDs, logins and emails, so that generated sequences
// collide, repeat and build on each other: the cases the invariants are about. Time moves
// forward by up to two days a step, so invitations expire along the way, and now and then it
// moves back, which the world must refuse.

/** The moment the generated worlds start at. */
export const START = Date.parse('2026-11-01T08:00:00Z');
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
    {
      kind: 'non_primary',
      id: 'u1',
      login: 'carl',
      email: 'carl@example.com',
      name: 'Carl',
      rights: ['reservations'],
      properties: ['h1'],
    },
    {
      kind: 'non_primary',
      id: 'u2',
      login: 'dora',
      email: 'dora@example.com',
      name: 'Dora',
      rights: ['admin'],
      properties: ['h1', 'h3'],
    },
    // A user of the agreement without a primary account: it may ask for one (PA-9).
    {
      kind: 'non_primary',
      id: 'u3',
      login: 'eli',
      email: 'eli@example.com',
      name: 'Eli',
      rights: ['inbox'],
      properties: ['h5'],
    },
  ],
  invitations: [],
};

// g1, g2, g3, g6 and x1..x4 exist only in the large world, inside its large groups: commands on them
// take members out of groups of tens, where a miscounted index would lose the rest.
const accountIds = ['p1', 'p2', 'u1', 'u2', 'u3', 'n1', 'n2', 'n3'];
const largeAccountIds = ['g1', 'g2', 'g3', 'g6'];
const propertyIds = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7'];
const largePropertyIds = ['x1', 'x2', 'x3', 'x4'];
const invitationIds = ['i1', 'i2', 'i3'];
const logins = ['anna', 'Bo', 'carl', 'eva', 'eva.2', 'fred', 'gus', 'hedda'];
const emails = ['anna@example.com', 'bo@example.com', 'carl@example.com', 'eva@example.com'];

const account = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...accountIds) },
  { weight: 1, arbitrary: fc.constantFrom(...largeAccountIds) },
);
const newAccount = fc.constantFrom('n1', 'n2', 'n3', 'u1');
const property = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...propertyIds) },
  { weight: 1, arbitrary: fc.constantFrom(...largePropertyIds) },
);
const leid = fc.integer({ min: 1, max: 4 });
// Invitations are sent and revoked mostly at one property, so that a revocation finds one to revoke.
const invited = fc.oneof({ weight: 3, arbitrary: fc.constant('h1') }, { weight: 1, arbitrary: property });
const rights = fc.subarray(['admin', 'reservations', 'finance', 'inbox']);
const login = fc.constantFrom(...logins);
const email = fc.constantFrom(...emails);

const byAccount = (id: string, weight: number) => ({ weight, arbitrary: fc.constant({ kind: 'account', id }) });
const platform = (weight: number) => ({ weight, arbitrary: fc.constant({ kind: 'platform' }) });
const invitee = (weight: number) => ({
  weight,
  arbitrary: fc.constantFrom(...invitationIds).map((invitation) => ({ kind: 'invitee', invitation })),
});
// Who usually issues each kind of command, with a share of everyone else, so both sides occur.
const staff = fc.oneof(
  byAccount('p1', 4),
  byAccount('p2', 2),
  byAccount('u2', 3),
  byAccount('u1', 1),
  byAccount('n1', 1),
  byAccount('u3', 1),
  platform(1),
  invitee(1),
);
const operator = fc.oneof(platform(3), byAccount('p1', 1), byAccount('u2', 1));
const guest = fc.oneof(invitee(5), byAccount('p1', 1));

const withActor = <T extends object>(args: fc.Arbitrary<T>, actor: fc.Arbitrary<object>) =>
  fc.tuple(args, actor).map(([values, by]) => ({ ...values, actor: by }));

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
    fc.record({
      action: fc.constant('grant_primary_account'),
      agreement: leid,
      account: fc.record({ id: newAccount, login, email, name: fc.constant('New Primary') }),
    }),
    operator,
  ),
  withActor(
    fc.record({
      action: fc.constant('create_user'),
      property,
      user: fc.record({ id: newAccount, login, email, name: fc.constant('New User'), rights }),
    }),
    staff,
  ),
  withActor(
    fc
      .tuple(
        fc.record({ action: fc.constant('add_user'), property }),
        // Often the username and email of one existing user, so that adding one is accepted too.
        fc.oneof(
          fc.record({ username: login, email }),
          fc.constantFrom(
            { username: 'carl', email: 'carl@example.com' },
            { username: 'dora', email: 'dora@example.com' },
            { username: 'guest1', email: 'guest1@example.com' },
          ),
        ),
      )
      .map(([args, user]) => ({ ...args, ...user })),
    staff,
  ),
  withActor(
    fc.record({
      action: fc.constant('invite'),
      property: invited,
      invitee: fc.record({ id: fc.constantFrom(...invitationIds), name: fc.constant('Guest'), email, rights }),
    }),
    staff,
  ),
  withActor(fc.record({ action: fc.constant('accept_invitation'), account: newAccount, login }), guest),
  withActor(
    fc.record({
      action: fc.constant('revoke_invitation'),
      property: invited,
      invitation: fc.constantFrom(...invitationIds),
    }),
    staff,
  ),
  withActor(fc.record({ action: fc.constant('remove_property'), account, property }), staff),
  withActor(fc.record({ action: fc.constant('set_access_rights'), account, property, rights }), staff),
  withActor(fc.record({ action: fc.constant('grant_admin'), account, property }), staff),
  withActor(fc.record({ action: fc.constant('revoke_admin'), account, property }), staff),
  withActor(fc.record({ action: fc.constant('recontract_property'), property, to: leid }), operator),
  withActor(fc.record({ action: fc.constant('change_ownership'), property, to: leid }), operator),
  withActor(fc.record({ action: fc.constant('terminate_agreement'), agreement: leid }), fc.oneof(operator, staff)),
);

/** A command's JSON without its `now`, and how far its `now` lies after the previous command's. */
export interface TimedCommand {
  readonly args: Readonly<Record<string, unknown>>;
  readonly hours: number;
}

/** Mostly forward by up to two days; one time in twenty, back by up to two days. */
export const timedCommand: fc.Arbitrary<TimedCommand> = fc
  .tuple(
    action,
    fc.oneof(
      { weight: 19, arbitrary: fc.integer({ min: 0, max: 48 }) },
      { weight: 1, arbitrary: fc.integer({ min: -48, max: -1 }) },
    ),
  )
  .map(([args, hours]) => ({ args, hours }));

/** The raw command of `timed`, dated `hours` after `clock`. */
export const dated = (timed: TimedCommand, clock: number): Record<string, unknown> => ({
  ...timed.args,
  now: clock + timed.hours * HOUR,
});

/** A raw command as JSON would carry it, at some moment of the first ten days. */
export const rawCommand = fc
  .tuple(action, fc.integer({ min: 0, max: 240 }))
  .map(([args, hours]) => ({ ...args, now: START + hours * HOUR }));

// Groups of tens of members in every index: properties per agreement, accounts per property,
// logins, open invitations per property. A world loaded in one batch must keep them whole, and
// each group is larger than the sets the indexes keep as arrays (SMALL_SET, 32), so it is a map.
const many = (count: number, make: (index: number) => object): object[] =>
  Array.from({ length: count }, (_, index) => make(index + 1));

/** {@link START_SNAPSHOT} with tens of records more in each index group. */
export const LARGE_SNAPSHOT = {
  ...START_SNAPSHOT,
  properties: [
    ...START_SNAPSHOT.properties,
    ...many(70, (index) => ({ id: `x${String(index)}`, link: { kind: 'agreement', leid: 1 + (index % 2) } })),
    ...many(5, (index) => ({ id: `y${String(index)}`, link: { kind: 'attached', primaryOf: 1 } })),
  ],
  accounts: [
    ...START_SNAPSHOT.accounts,
    ...many(36, (index) => ({
      kind: 'non_primary',
      id: `g${String(index)}`,
      login: `guest${String(index)}`,
      email: `guest${String(index)}@example.com`,
      name: 'Guest',
      rights: index % 3 === 0 ? ['admin'] : ['inbox'],
      properties: index % 2 === 0 ? ['h1', 'h2', 'x2'] : ['h1', 'h3', 'x1'],
    })),
  ],
  invitations: many(70, (index) => ({
    id: `o${String(index)}`,
    property: index % 2 === 0 ? 'h1' : 'h2',
    invitedBy: 'p1',
    name: 'Guest',
    email: `friend${String(index)}@example.com`,
    rights: ['inbox'],
    sentAt: START - HOUR * index,
    status: { kind: 'pending' },
  })),
};

/** Something that is not a command, for totality (INV-9). */
export const malformedCommand = fc.oneof(
  fc.anything(),
  rawCommand.map((command) => ({ ...command, actor: { kind: 'account' } })),
  rawCommand.map((command) => ({ ...command, action: 'delete_everything' })),
);
