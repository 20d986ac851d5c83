// Valid arguments for every exported function: what the fuzzer starts from before it breaks a
// part of them, so that hostile values reach the checks deep inside, not only the first one.
import { execute, LOCALE_TEXTS, type World, worldFrom } from 'partner-account-rules';
import { parseCommand, parseSnapshot } from 'partner-account-rules/schema';

import walkthrough from '../scenarios/walkthrough.json' with { type: 'json' };

const T = Date.parse('2026-11-22T10:00:00Z');
const primary = { kind: 'primary', id: 'anna', login: 'anna', email: 'anna@example.com', name: 'Anna', agreement: 1 };
const other = { kind: 'primary', id: 'bo', login: 'bo', email: 'bo@example.com', name: 'Bo', agreement: 2 };
const user = {
  kind: 'non_primary',
  id: 'carl',
  login: 'carl',
  email: 'carl@example.com',
  name: 'Carl',
  rights: ['inbox'],
  properties: ['h1'],
};
const agreement = { leid: 1, status: 'active' };
const property = { id: 'h1', link: { kind: 'agreement', leid: 1 } };
const loose = { id: 'h9', link: { kind: 'none' } };
const invitation = {
  id: 'i1',
  property: 'h1',
  invitedBy: 'anna',
  name: 'Guest',
  email: 'g@example.com',
  rights: ['inbox'],
  sentAt: T,
  status: { kind: 'pending' },
};
const platform = { kind: 'platform' };

export const SNAPSHOT = {
  agreements: [agreement, { leid: 2, status: 'active' }, { leid: 3, status: 'active' }],
  properties: [property, { id: 'h2', link: { kind: 'agreement', leid: 2 } }, loose],
  accounts: [primary, other, user],
  invitations: [invitation],
};

const command = {
  action: 'create_user',
  actor: { kind: 'account', id: 'anna' },
  now: T + 1,
  property: 'h1',
  user: { id: 'dora', login: 'dora', email: 'dora@example.com', name: 'Dora', rights: ['inbox'] },
};

const makeWorld = (): World => {
  return parseSnapshot(SNAPSHOT)
    .andThen(worldFrom)
    .match(
      (made) => made,
      (error) => {
        throw new Error(`the fuzzer's snapshot is wrong: ${JSON.stringify(error)}`);
      },
    );
};

const rightsChange = { actor: primary, target: user, property, reached: [property] };

/**
 * For each export, argument lists that it accepts, to break one part of at a time. Made when
 * asked, not when the module loads: mutation testing counts library code run while a test file
 * loads as reached by every test, and reruns the whole suite for each mutant there.
 */
const seeds = (): Readonly<Record<string, readonly (readonly unknown[])[]>> => {
  // A world, and the events of one command executed in it.
  const WORLD = makeWorld();
  const events = parseCommand(command)
    .andThen((valid) => execute(WORLD, valid))
    .match(
      (done) => done.events,
      () => [],
    );
  return {
    accessRights: [[['admin']], [['inbox', 'finance']]],
    accountId: [['anna']],
    propertyId: [['h1']],
    invitationId: [['i1']],
    loginName: [['Anna.K']],
    email: [['anna@example.com']],
    displayName: [['Anna Berg']],
    instant: [['2026-11-22T10:00:00Z'], [T]],
    legalEntityId: [[4711]],
    receivedType: [[{}]],
    accessTo: [[{ account: user, property }]],
    accountType: [[primary], [user]],
    portfolioOf: [[{ primary, properties: [property, loose] }]],
    invitationState: [[{ invitation, now: T + 5 }]],
    addProperty: [
      [{ actor: primary, primary, agreement, property: loose, origin: { kind: 'new_registration' } }],
      [{ actor: platform, primary, agreement, property: loose, origin: { kind: 'existing_listing' } }],
    ],
    requestPrimaryAccount: [[{ requester: user, agreement: { leid: 3, status: 'active' }, primaryOfAgreement: null }]],
    grantPrimaryAccount: [
      [
        {
          actor: platform,
          agreement: { leid: 3, status: 'active' },
          primaryOfAgreement: null,
          account: { id: 'eva', login: 'eva', email: 'eva@example.com', name: 'Eva' },
          loginHolder: null,
        },
      ],
    ],
    createUser: [
      [
        {
          actor: primary,
          property,
          user: { id: 'dora', login: 'dora', email: 'dora@example.com', name: 'Dora', rights: ['inbox'] },
          loginHolder: null,
        },
      ],
    ],
    addUser: [
      [
        {
          actor: primary,
          property: { id: 'h2', link: { kind: 'agreement', leid: 1 } },
          username: 'carl',
          email: 'carl@example.com',
          accountWithUsername: user,
        },
      ],
    ],
    invite: [
      [
        {
          actor: primary,
          property,
          invitee: { id: 'i2', name: 'Guest', email: 'h@example.com', rights: ['inbox'] },
          now: T,
          invitations: [invitation],
        },
      ],
    ],
    acceptInvitation: [
      [{ invitation, now: T + 5, account: { id: 'gus', login: 'gus' }, inviteePrimary: null, loginHolder: null }],
    ],
    revokeInvitation: [[{ actor: primary, property, invitation, now: T + 5 }]],
    removeProperty: [[{ actor: primary, account: user, property }]],
    setAccessRights: [[{ ...rightsChange, rights: ['finance'] }]],
    grantAdmin: [[rightsChange]],
    revokeAdmin: [[{ ...rightsChange, target: { ...user, rights: ['admin'] } }]],
    recontractProperty: [[{ actor: platform, property, to: { leid: 2, status: 'active' } }]],
    changeOwnership: [
      [
        {
          actor: platform,
          property,
          to: { leid: 2, status: 'active' },
          accessHolders: [user],
          invitations: [invitation],
          now: T + 5,
        },
      ],
    ],
    terminateAgreement: [[{ actor: platform, agreement, portfolio: [property] }]],
    explain: [
      [
        {
          code: 'actor_not_admin',
          rules: ['CX-1'],
          facts: { actor: { kind: 'primary', id: 'anna' }, property: 'h1' },
          remedies: [],
        },
        'sv',
      ],
    ],
    explainIssue: [[{ path: ['a', 0], problem: { code: 'too_long', max: 3, length: 5 } }, 'en']],
    explainRemedy: [[{ kind: 'ask_property_admin', rule: 'CX-1', property: 'h1' }, 'en']],
    explainValueError: [[{ kind: 'login', problem: { code: 'empty' } }, 'sv']],
    explainAccountKind: [['primary', 'en']],
    defineLocale: [['fi', LOCALE_TEXTS.en]],
    localeTexts: [['sv']],
    localeTag: [['sv']],
    isSpokenLocale: [['sv']],
    execute: [
      [WORLD, command],
      [WORLD, { action: 'terminate_agreement', actor: platform, now: T + 1, agreement: 1 }],
    ],
    replay: [[WORLD, events]],
    worldFrom: [[SNAPSHOT]],
    snapshotOf: [[WORLD]],
    runScenario: [[walkthrough]],
    findAccount: [[WORLD, 'anna']],
    findAccountByLogin: [[WORLD, 'Anna']],
    findAgreement: [[WORLD, 1]],
    findInvitation: [[WORLD, 'i1']],
    findPrimaryAccount: [[WORLD, 1]],
    findProperty: [[WORLD, 'h1']],
    pendingInvitations: [[WORLD, 'h1', T + 5]],
    primaryPortfolio: [[WORLD, 'anna']],
    propertiesOf: [[WORLD, 'carl']],
    whoReaches: [[WORLD, 'h1']],
    parseSnapshot: [[SNAPSHOT]],
    parseCommand: [[command]],
    parseEvents: [[events]],
    parseScenario: [[walkthrough]],
    jsonSchemas: [[]],
    makeAgreement: [[agreement]],
    makeProperty: [[property]],
    makeAccount: [[primary], [user]],
    makeInvitation: [[invitation]],
    makeInvitee: [[{ id: 'inv-9', name: 'Cai Berg', email: 'cai@example.com', rights: ['reservations'] }]],
    makeSnapshot: [[SNAPSHOT]],
    makeEvents: [[events]],
    loginSkeleton: [['Anna1']],
    permittedActions: [
      [WORLD, { kind: 'account', id: 'anna' }, T + 5, 'h1'],
      [WORLD, { kind: 'invitee', invitation: 'i1' }, T + 5],
      [WORLD, platform, T + 5, 'h2'],
    ],
    permittedActionsByProperty: [
      [WORLD, { kind: 'account', id: 'anna' }, T + 5, ['h1', 'h2', 'nowhere']],
      [WORLD, platform, T + 5, ['h2']],
    ],
    viewOf: [
      [WORLD, { kind: 'account', id: 'carl' }],
      [WORLD, { kind: 'invitee', invitation: 'i1' }],
    ],
    toProblem: [
      [
        { code: 'login_taken', rules: ['CX-4'], facts: { login: 'carl', holder: 'carl' }, remedies: [] },
        { locale: 'sv', audience: 'client' },
      ],
      [{ code: 'invalid_input', issues: [{ path: ['user', 'email'], problem: { code: 'malformed_email' } }] }],
    ],
    toAccepted: [[execute(WORLD, parseCommand(command)._unsafeUnwrap())._unsafeUnwrap()]],
    commandFromBody: [
      [
        'create_user',
        { property: 'h1', user: { login: 'dora', email: 'dora@example.com', name: 'Dora', rights: ['inbox'] } },
        { actor: { kind: 'account', id: 'anna' }, now: T + 1, newId: (record: string) => `${record}-1` },
      ],
    ],
    negotiateLocale: [['sv-SE,en;q=0.5'], ['fi,sv;q=0.5', ['sv', 'en']]],
    pointerOf: [[['invitee', 'email']]],
    statusOf: [['login_taken']],
    isProblemCode: [['login_taken']],
  };
};

/** The seeds of `name`, the can- variant of a decision sharing its act's. */
export const seedsOf = (name: string): readonly (readonly unknown[])[] => {
  const act = name.startsWith('can') ? name.charAt(3).toLowerCase() + name.slice(4) : name;
  const table = seeds();
  return table[name] ?? table[act] ?? [];
};
