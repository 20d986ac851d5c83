import { err, type Result } from 'neverthrow';
import {
  type Action,
  ACTIONS,
  type CommandActor,
  type CommandFor,
  type InputIssue,
  type InvalidInput,
  type NonEmptyArray,
  parseCommand,
  receivedType,
} from 'partner-account-rules';

/** The fields a server sets from the route, the login and its clock: never from a request body. */
export const SET_BY_SERVER = Object.freeze(['action', 'actor', 'now'] as const);

/** The kinds of record a command can make, each with an ID the server makes for it. */
export type NewRecord = 'account' | 'property' | 'invitation';

/**
 * What the server knows of a request that its body may not say: who acts, when, and the IDs of
 * the records it makes. Plain data is enough for the first two (an account ID as a verified token
 * carries it): they are checked with the rest.
 */
export interface Context {
  /** Who acts, from the authenticated login (a verified token, a session): never from the body. */
  readonly actor:
    | CommandActor
    | { readonly kind: 'account'; readonly id: string }
    | { readonly kind: 'platform' }
    | { readonly kind: 'invitee'; readonly invitation: string };
  /** When, from the server's clock: a moment in milliseconds, or an ISO 8601 text. */
  readonly now: number | string;
  /**
   * A new ID for a record of this kind (a random UUID, a sequence's next value), called once for
   * each record the command makes. A client never names the ID of a record it makes, so it never
   * learns whether an ID is taken.
   */
  readonly newId: (record: NewRecord) => string;
}

const invalid = (issues: NonEmptyArray<InputIssue>): Result<never, InvalidInput> =>
  err({ code: 'invalid_input', issues });

/** Where the ID of the record an action makes goes, and of which kind; when the body makes one. */
interface Made {
  readonly path: readonly [string] | readonly [string, string];
  readonly record: NewRecord;
  readonly makes: (body: Readonly<Record<string, unknown>>) => boolean;
}

const ALWAYS = (): boolean => true;
// A new registration, or one with an assigned LEID, makes its property; an existing listing is named.
const newProperty = (body: Readonly<Record<string, unknown>>): boolean => {
  const origin = body['origin'];
  return typeof origin !== 'object' || origin === null || Reflect.get(origin, 'kind') !== 'existing_listing';
};

const MADE: { readonly [A in Action]?: Made } = {
  add_property: { path: ['property'], record: 'property', makes: newProperty },
  grant_primary_account: { path: ['account', 'id'], record: 'account', makes: ALWAYS },
  create_user: { path: ['user', 'id'], record: 'account', makes: ALWAYS },
  invite: { path: ['invitee', 'id'], record: 'invitation', makes: ALWAYS },
  accept_invitation: { path: ['account'], record: 'account', makes: ALWAYS },
};

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The body's fields with the ID of the record the action makes put in by the server, or the issue
// of a body that names that ID itself.
// Puts the ID the server makes into `fields`, the body's own copy; or the issue of a body that
// named it.
const withNewId = (fields: Record<string, unknown>, made: Made, newId: Context['newId']): InputIssue | null => {
  if (!made.makes(fields)) return null;
  const [first, second] = made.path;
  if (second === undefined) {
    if (Object.hasOwn(fields, first)) return { path: [first], problem: { code: 'set_by_server' } };
    fields[first] = newId(made.record);
    return null;
  }
  const inner = fields[first];
  // A part that is not an object is for the command's own check to name.
  if (!isObject(inner)) return null;
  const issue: InputIssue = { path: [first, second], problem: { code: 'set_by_server' } };
  if (Object.hasOwn(inner, second)) return issue;
  // The ID first, as the copy above starts with the server's parts; one the part hid from the
  // question above (a proxy) would be put over it, and is refused.
  const id = newId(made.record);
  const copy: Record<string, unknown> = { [second]: id, ...inner };
  if (copy[second] !== id) return issue;
  fields[first] = copy;
  return null;
};

/**
 * The command a request body asks for, with the action the route names and what the server knows:
 * who acts, when, and the IDs of the records the command makes. The body may not carry `action`,
 * `actor` or `now`, nor the ID of a record the action makes (each is `invalid_input` at its path,
 * `set_by_server`: a client cannot speak for someone else, choose its time, or probe which IDs are
 * taken), nor any field the action does not have; everything it carries is checked as
 * `parseCommand` checks it. Issues carry the path in the body, for {@link toProblem} to give as
 * JSON Pointers. Total: a body or context that cannot be read is `invalid_input`, `unreadable`.
 *
 * @example
 * commandFromBody('create_user', request.body, {
 *   actor: { kind: 'account', id: session.account },
 *   now: Date.now(),
 *   newId: () => crypto.randomUUID(),
 * });
 */
export const commandFromBody = <A extends Action>(
  action: A,
  body: unknown,
  context: Context,
): Result<CommandFor<A>, InvalidInput> => {
  try {
    // Each part of the context read once, and checked with the rest of the command below.
    const { actor, now, newId } = context;
    if (!ACTIONS.includes(action)) {
      const [one = 'add_property', ...others] = ACTIONS;
      return invalid([{ path: ['action'], problem: { code: 'unknown_variant', allowed: [one, ...others] } }]);
    }
    if (!isObject(body)) {
      return invalid([
        { path: [], problem: { code: 'wrong_type', expected: ['object'], received: receivedType(body) } },
      ]);
    }
    const spoken = SET_BY_SERVER.filter((field) => Object.hasOwn(body, field));
    const [first, ...rest] = spoken.map((field): InputIssue => ({ path: [field], problem: { code: 'set_by_server' } }));
    if (first !== undefined) return invalid([first, ...rest]);
    // Each own field read once, into a copy that starts with the server's parts: V8 reads such a
    // copy several times faster than one the parts are added to. A body that hid one of them from
    // the question above (a proxy) put its own over it, and is refused.
    const fields: Record<string, unknown> = { action, actor, now, ...body };
    if (fields['action'] !== action || fields['actor'] !== actor || fields['now'] !== now)
      return invalid([{ path: [], problem: { code: 'unreadable' } }]);
    const made = MADE[action];
    const named = made === undefined ? null : withNewId(fields, made, newId);
    if (named !== null) return invalid([named]);
    // parseCommand checks the action's own fields and refuses any other; its answer is of this action.
    return parseCommand(fields) as Result<CommandFor<A>, InvalidInput>;
  } catch {
    return invalid([{ path: [], problem: { code: 'unreadable' } }]);
  }
};
