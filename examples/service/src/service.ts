import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { jwtVerify } from 'jose';
import { ACTIONS, execute, permittedActions, replay, worldFrom, type World } from 'partner-account-rules';
import { commandFromBody, negotiateLocale, toAccepted, toProblem, type Context } from 'partner-account-rules/http';
import { parseEvents, parseSnapshot } from 'partner-account-rules/schema';
import type { EventStore } from './store';

/** How the service is put together: its log, the world the log starts from, and its keys. */
export interface ServiceOptions {
  readonly store: EventStore;
  /** The snapshot the log's first event applies to, as JSON (agreements and properties come from contracts). */
  readonly seed: unknown;
  /** The HS256 key bearer tokens are signed with. */
  readonly secret: Uint8Array;
  /** The clock; commands are dated by it, never by the client. */
  readonly clock?: () => number;
}

/** How often a command is decided again after another writer moved the log first. */
const MAX_ATTEMPTS = 100;
const PROBLEM = 'application/problem+json';

type Actor = Context['actor'];

// Who a request acts for: the verified bearer token's, never the body's. An account's token names
// it in `sub`; the platform's says `platform: true`; an invitation link's says which invitation,
// which is all an invitee may act on.
const actorOf = async (header: unknown, secret: Uint8Array): Promise<Actor | null> => {
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return null;
  try {
    const { payload } = await jwtVerify(header.slice('Bearer '.length), secret, { algorithms: ['HS256'] });
    if (payload['platform'] === true) return { kind: 'platform' };
    const invitation = payload['invitation'];
    if (typeof invitation === 'string') return { kind: 'invitee', invitation };
    return typeof payload.sub === 'string' ? { kind: 'account', id: payload.sub } : null;
  } catch {
    return null;
  }
};

const refuse = (reply: FastifyReply, status: 401 | 403 | 503, title: string, detail: string) =>
  reply
    .status(status)
    .type(PROBLEM)
    .send({ type: `urn:partner-account-rules-service:${String(status)}`, title, status, detail });

/**
 * The service: `POST /actions/<action>` for every action of the library, and
 * `GET /permitted?property=…` for what the caller may do. The world is rebuilt from the log when
 * the service starts and kept in memory; each command is decided on the world of a version of
 * the log and appended at that version, and decided again when another writer got there first.
 */
export const buildService = async ({
  store,
  seed,
  secret,
  clock = Date.now,
}: ServiceOptions): Promise<FastifyInstance> => {
  await store.migrate();
  const start = parseSnapshot(seed).andThen(worldFrom);
  if (start.isErr()) throw new Error(`the seed is not a world: ${JSON.stringify(start.error).slice(0, 300)}`);
  let state: { readonly version: number; readonly world: World } = { version: 0, world: start.value };

  // Reads what others appended since this instance's version, and replays it (checked as it applies).
  const catchUp = async (): Promise<void> => {
    const from = state;
    const read = await store.readFrom(from.version);
    if (state !== from || read.events.length === 0) return;
    const next = parseEvents(read.events).andThen((events) => replay(from.world, events));
    if (next.isErr()) throw new Error(`the log does not replay: ${JSON.stringify(next.error).slice(0, 300)}`);
    state = { version: read.version, world: next.value };
  };
  await catchUp();

  const app = Fastify();
  // What Fastify refuses before a route runs (a body that is not JSON, one too large) is a problem too.
  app.setErrorHandler((error, _request, reply) => {
    const code: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'statusCode') : undefined;
    const status = typeof code === 'number' && code >= 400 && code < 500 ? code : 500;
    return reply
      .status(status)
      .type(PROBLEM)
      .send({
        type: `urn:partner-account-rules-service:${String(status)}`,
        title: status < 500 ? 'Bad request' : 'Internal error',
        status,
        detail:
          status < 500
            ? 'The request body could not be read as JSON of a size this service takes.'
            : 'The request could not be answered.',
      });
  });

  for (const action of ACTIONS) {
    app.post(`/actions/${action}`, async (request, reply) => {
      const locale = negotiateLocale(request.headers['accept-language']);
      const actor = await actorOf(request.headers.authorization, secret);
      if (actor === null) return refuse(reply, 401, 'Unauthorized', 'A valid bearer token is needed.');
      const body: unknown = request.body;
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
        const decidedOn = state;
        const answer = commandFromBody(action, body, { actor, now: clock(), newId: () => randomUUID() }).andThen(
          (command) => execute(decidedOn.world, command),
        );
        if (answer.isErr()) {
          const problem = toProblem(answer.error, { locale });
          return reply.status(problem.status).type(PROBLEM).send(problem);
        }
        const { world, events } = answer.value;
        if ((await store.append(decidedOn.version, events)) === 'appended') {
          const version = decidedOn.version + events.length;
          if (state === decidedOn) state = { version, world };
          // What the caller may be told: the events' IDs, never the records they carry.
          return reply.status(200).send({ version, ...toAccepted(answer.value) });
        }
        await catchUp();
      }
      return refuse(reply, 503, 'Busy', 'The log kept moving; try again.');
    });
  }

  app.get('/permitted', async (request, reply) => {
    const locale = negotiateLocale(request.headers['accept-language']);
    const actor = await actorOf(request.headers.authorization, secret);
    if (actor === null) return refuse(reply, 401, 'Unauthorized', 'A valid bearer token is needed.');
    const { property } = request.query as { readonly property?: string };
    // Checked by permittedActions, as every input is.
    return permittedActions(state.world, actor as never, clock() as never, property as never).match(
      (permissions) =>
        reply.send(
          permissions.map((permission) =>
            permission.status === 'refused'
              ? { action: permission.action, status: 'refused', problem: toProblem(permission.rejection, { locale }) }
              : permission,
          ),
        ),
      (rejection) => {
        const problem = toProblem(rejection, { locale });
        return reply.status(problem.status).type(PROBLEM).send(problem);
      },
    );
  });

  return app;
};
