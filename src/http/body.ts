import { err, type Result } from 'neverthrow';
import {
  ACTIONS,
  receivedType,
  type Action,
  type CommandActor,
  type CommandFor,
  type InputIssue,
  type InvalidInput,
  type NonEmptyArray,
} from 'partner-account-rules';
import { parseCommand } from 'partner-account-rules/schema';

/** The fields a server sets from the route, the login and its clock: never from a request body. */
export const SET_BY_SERVER = Object.freeze(['action', 'actor', 'now'] as const);

/**
 * What the server knows of a request that its body may not say: who acts, and when. Plain data
 * is enough (an account ID as a verified token carries it): it is checked with the rest.
 */
export interface Context {
  /** Who acts, from the authenticated login (a verified token, a session): never from the body. */
  readonly actor:
    | CommandActor
    | { readonly kind: 'account'; readonly id: string }
    | { readonly kind: 'platform' }
    | { readonly kind: 'invitee' };
  /** When, from the server's clock: a moment in milliseconds, or an ISO 8601 text. */
  readonly now: number | string;
}

const invalid = (issues: NonEmptyArray<InputIssue>): Result<never, InvalidInput> =>
  err({ code: 'invalid_input', issues });

/**
 * The command a request body asks for, with the action the route names and the actor and time
 * the server knows. The body may not carry `action`, `actor` or `now` (each is `invalid_input`
 * at its path, `set_by_server`: a client cannot speak for someone else, or choose its time), nor
 * any field the action does not have; everything it carries is checked as `parseCommand` checks
 * it. Issues carry the path in the body, for {@link toProblem} to give as JSON Pointers.
 *
 * @example
 * commandFromBody('add_user', request.body, { actor: { kind: 'account', id: session.account }, now: Date.now() });
 */
export const commandFromBody = <A extends Action>(
  action: A,
  body: unknown,
  context: Context,
): Result<CommandFor<A>, InvalidInput> => {
  let actor: unknown;
  let now: unknown;
  try {
    // Read once, checked with the rest of the command below.
    ({ actor, now } = context);
  } catch {
    return invalid([{ path: [], problem: { code: 'unreadable' } }]);
  }
  if (!ACTIONS.includes(action)) {
    const [one = 'add_property', ...others] = ACTIONS;
    return invalid([{ path: ['action'], problem: { code: 'unknown_variant', allowed: [one, ...others] } }]);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalid([{ path: [], problem: { code: 'wrong_type', expected: ['object'], received: receivedType(body) } }]);
  }
  let fields: Record<string, unknown>;
  try {
    // Each own field read once, into a copy: what is checked is what is used.
    fields = { ...body };
  } catch {
    return invalid([{ path: [], problem: { code: 'unreadable' } }]);
  }
  const spoken = SET_BY_SERVER.filter((field) => Object.hasOwn(fields, field));
  const [first, ...rest] = spoken.map((field): InputIssue => ({ path: [field], problem: { code: 'set_by_server' } }));
  if (first !== undefined) return invalid([first, ...rest]);
  // parseCommand checks the action's own fields and refuses any other; its answer is of this action.
  return parseCommand({ ...fields, action, actor, now }) as Result<CommandFor<A>, InvalidInput>;
};
