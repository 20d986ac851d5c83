// The playground's state and what it does with it, without the page: a scenario loaded, the
// commands run since, where in their log the page stands, and what an actor may do there. Pure:
// every function returns a new session. The page (main.ts) draws it.
import { err, ok, type Result } from 'neverthrow';
import {
  type Action,
  type Command,
  type CommandActor,
  type CommandRejection,
  execute,
  type Instant,
  instant,
  type InvalidInput,
  parseCommand,
  parseScenario,
  type Permission,
  permittedActions,
  permittedActionsByProperty,
  propertiesOf,
  type PropertyId,
  type PropertyPermissions,
  type Remedy,
  replay,
  type ScenarioStep,
  snapshotOf,
  type Title,
  type World,
  type WorldEvent,
  worldFrom,
  type WorldRejection,
  type WorldSnapshot,
} from 'partner-account-rules';

/** A scenario as the playground holds it: its title, its first world, its steps. */
export interface Loaded {
  readonly title: Title;
  readonly snapshot: WorldSnapshot;
  readonly start: World;
  readonly steps: readonly ScenarioStep[];
}

/** One command run in the playground, and what it came to. */
export type Entry =
  | { readonly command: Command; readonly outcome: 'accepted'; readonly events: readonly WorldEvent[] }
  | { readonly command: Command; readonly outcome: 'rejected'; readonly rejection: CommandRejection };

/** The playground's state: a scenario, the log of commands run since, and how many are applied. */
export interface Session {
  readonly loaded: Loaded;
  readonly log: readonly Entry[];
  /** How many entries of the log the world shown has taken: stepping back lowers it. */
  readonly at: number;
}

/** A scenario's JSON, checked: the same reader as the CLI's, then the world built from it. */
export const loadScenario = (json: unknown): Result<Loaded, InvalidInput> =>
  parseScenario(json).andThen((scenario) =>
    worldFrom(scenario.world).map((start) => ({
      title: scenario.title,
      snapshot: scenario.world,
      start,
      steps: scenario.steps,
    })),
  );

/** A new session on a loaded scenario, with nothing run. */
export const sessionOf = (loaded: Loaded): Session => ({ loaded, log: [], at: 0 });

/** The events of the entries applied, in order. */
const eventsOf = (log: readonly Entry[]): WorldEvent[] =>
  log.flatMap((entry) => (entry.outcome === 'accepted' ? entry.events : []));

/** The world after the first `session.at` entries: the scenario's world with their events replayed. */
export const worldOf = (session: Session): World =>
  replay(session.loaded.start, eventsOf(session.log.slice(0, session.at))).unwrapOr(session.loaded.start);

/** One minute: how far the playground's clock moves with each command. */
export const STEP = 60_000;

// A fixed day to start on, when neither the scenario nor its world names a moment.
const FIRST_DAY = instant('2026-01-01T09:00:00.000Z')._unsafeUnwrap();

// The moment the scenario starts at: its first step's, or the world's clock, or a fixed day.
const startOf = (loaded: Loaded): Instant => loaded.steps[0]?.command.now ?? loaded.snapshot.clock ?? FIRST_DAY;

/** The playground's present: a minute after the last command applied, or the scenario's start. */
export const nowOf = (session: Session): Instant => {
  const last = session.log[session.at - 1];
  return last === undefined ? startOf(session.loaded) : instant(last.command.now + STEP).unwrapOr(last.command.now);
};

/** What a command came to, as the log keeps it. */
export const run = (session: Session, command: Command): { readonly session: Session; readonly entry: Entry } => {
  const executed = execute(worldOf(session), command);
  const entry: Entry = executed.isOk()
    ? { command, outcome: 'accepted', events: executed.value.events }
    : { command, outcome: 'rejected', rejection: executed.error };
  // A command run after stepping back starts a new history from there.
  const log = [...session.log.slice(0, session.at), entry];
  return { session: { ...session, log, at: log.length }, entry };
};

/** The session at another point of its log, between the scenario's world and the last entry. */
export const stepTo = (session: Session, at: number): Session => ({
  ...session,
  at: Math.max(0, Math.min(session.log.length, Math.trunc(at))),
});

/** Who can act: every account of the world, the platform, and the invitee of each invitation. */
export const actorsOf = (snapshot: WorldSnapshot): CommandActor[] => [
  ...snapshot.accounts.map((account): CommandActor => ({ kind: 'account', id: account.id })),
  { kind: 'platform' },
  ...snapshot.invitations.map((invitation): CommandActor => ({ kind: 'invitee', invitation: invitation.id })),
];

/** An actor as a key, for a select box and a URL. */
export const actorKey = (actor: CommandActor): string => {
  switch (actor.kind) {
    case 'account':
      return `account:${actor.id}`;
    case 'platform':
      return 'platform';
    case 'invitee':
      return `invitee:${actor.invitation}`;
  }
};

/** The actor a key names, if the world holds it. */
export const actorFrom = (snapshot: WorldSnapshot, key: string): CommandActor | null =>
  actorsOf(snapshot).find((actor) => actorKey(actor) === key) ?? null;

/** The properties a matrix shows for an actor: what it reaches (the core's answer), or every property for the platform. */
export const propertiesFor = (world: World, actor: CommandActor): readonly PropertyId[] => {
  switch (actor.kind) {
    case 'platform':
      return snapshotOf(world).properties.map((property) => property.id);
    case 'invitee':
      return [];
    case 'account':
      return propertiesOf(world, actor.id);
  }
};

/** The matrix: each action's permission about no property, then at each property the actor reaches. */
export interface Matrix {
  readonly anywhere: readonly Permission[];
  readonly byProperty: readonly PropertyPermissions[];
}

/** What `actor` may do now, action by action, and at each property it reaches. */
export const matrixOf = (session: Session, actor: CommandActor): Result<Matrix, WorldRejection | InvalidInput> => {
  const world = worldOf(session);
  const now = nowOf(session);
  return permittedActions(world, actor, now).andThen((anywhere) =>
    permittedActionsByProperty(world, actor, now, propertiesFor(world, actor)).map((byProperty) => ({
      anywhere,
      byProperty,
    })),
  );
};

/** A command to begin with, from a remedy: the action it names and the arguments it knows. */
export interface Followed {
  readonly action: Action;
  /** The body's fields the remedy fills in, by path. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** Who should act, when the remedy is someone else's to follow. */
  readonly actor: CommandActor | null;
}

/**
 * Where a remedy leads, when it is a command: the form of that action, filled in with what the
 * remedy names. `null` for a remedy that is not a command (ask an admin, wait, choose again).
 */
export const followRemedy = (remedy: Remedy, snapshot: WorldSnapshot, actor: CommandActor): Followed | null => {
  switch (remedy.kind) {
    case 'request_primary_account':
      return { action: 'request_primary_account', fields: optionalField('agreement', remedy.agreement), actor };
    case 'grant_primary_account':
      return { action: 'grant_primary_account', fields: { agreement: remedy.agreement }, actor: { kind: 'platform' } };
    case 'create_non_primary_account':
      return { action: 'create_user', fields: { property: remedy.property }, actor };
    case 'invite_instead':
      return { action: 'invite', fields: { property: remedy.property, 'invitee.email': remedy.email }, actor };
    case 'send_new_invitation':
      return { action: 'invite', fields: { property: remedy.property }, actor };
    case 'recontract_property':
    case 'change_ownership':
      return { action: remedy.kind, fields: { property: remedy.property }, actor: { kind: 'platform' } };
    case 'terminate_agreement':
      return {
        action: 'terminate_agreement',
        fields: optionalField('agreement', remedy.agreement),
        actor: { kind: 'platform' },
      };
    case 'ask_platform_to_attach':
      return {
        action: 'add_property',
        fields: { property: remedy.property, 'origin.kind': 'existing_listing' },
        actor: { kind: 'platform' },
      };
    case 'ask_primary_account': {
      // The primary account of the agreement asks itself: act as it.
      const primary = snapshot.accounts.find(
        (account) => account.kind === 'primary' && account.agreement === remedy.agreement,
      );
      return primary === undefined
        ? null
        : {
            action: 'add_property',
            fields: { agreement: remedy.agreement },
            actor: { kind: 'account', id: primary.id },
          };
    }
    case 'ask_property_admin':
    case 'choose_another_login':
    case 'choose_access_rights':
    case 'wait_for_invitation':
      return null;
  }
};

const optionalField = (path: string, value: unknown): Record<string, unknown> =>
  value === null ? {} : { [path]: value };

/** A shared state: the scenario (by name, or its JSON), the commands run, where the page stands. */
export interface Shared {
  /** A shipped scenario's name, or a scenario's JSON. */
  readonly scenario: unknown;
  readonly commands: readonly unknown[];
  readonly at: number;
  readonly actor: string;
  readonly locale: string;
}

/** A state as a URL fragment: its JSON, in base64url (RFC 4648, 5), so that a link carries it. */
export const toFragment = (shared: Shared): string => {
  const bytes = new TextEncoder().encode(JSON.stringify(shared));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/u, '');
};

/** The longest fragment read: a shared state is a scenario and its commands, not a database. */
export const MAX_FRAGMENT = 2_000_000;

/** A state from a URL fragment, or why not. Nothing in it is trusted: each command is checked again. */
export const fromFragment = (fragment: string): Result<Shared, string> => {
  if (fragment.length > MAX_FRAGMENT) return err('the link is too long');
  try {
    const binary = atob(fragment.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof value !== 'object' || value === null) return err('the link holds no state');
    const { scenario, commands, at, actor, locale } = value as Record<string, unknown>;
    if (!Array.isArray(commands) || typeof at !== 'number' || typeof actor !== 'string' || typeof locale !== 'string')
      return err('the link holds no state');
    return ok({ scenario, commands, at, actor, locale });
  } catch {
    return err('the link cannot be read');
  }
};

/** A session from a shared state: the commands run again, each checked as a command from outside. */
export const restore = (loaded: Loaded, shared: Shared): Result<Session, InvalidInput> => {
  let session = sessionOf(loaded);
  for (const json of shared.commands) {
    const command = parseCommand(json);
    if (command.isErr()) return err(command.error);
    session = run(session, command.value).session;
  }
  return ok(stepTo(session, shared.at));
};
