import { createHash, randomUUID } from 'node:crypto';

import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { jwtVerify } from 'jose';
import {
  type Action,
  ACTIONS,
  type InvalidInput,
  type Locale,
  type Permission,
  type WorldRejection,
} from 'partner-account-rules';
import { commandFromBody, type Context, negotiateLocale, toAccepted, toProblem } from 'partner-account-rules/http';
import type { PostgresStore, RequestKey, StoreFailure } from 'partner-account-rules/postgres';

import { openApiDocument } from './openapi';
import { serviceProblem, type ServiceProblemCode } from './problems';

/** How the service is put together. */
export interface ServiceOptions {
  /** Where the records are: every read and write goes to its tables; nothing is kept in memory. */
  readonly store: PostgresStore;
  /** The HS256 key bearer tokens are signed with. */
  readonly secret: Uint8Array;
  /** The clock; commands are dated by it, never by the client. */
  readonly clock?: () => number;
  /** Fastify's logger: JSON lines (pino) when on. Default off. */
  readonly logger?: FastifyServerOptions['logger'];
  /** The largest request body taken, in bytes. Default 64 KiB. */
  readonly bodyLimit?: number;
}

const PROBLEM = 'application/problem+json';
const MAX_KEY_LENGTH = 200;

type Actor = Context['actor'];

// Who a request acts for: the verified bearer token's, never the body's. An account's token names
// it in `sub`; the platform's says `platform: true`; an invitation link's says which invitation,
// which is all an invitee may act on. `null`: no valid token; `'nobody'`: valid, but names no one.
const actorOf = async (header: unknown, secret: Uint8Array): Promise<Actor | 'nobody' | null> => {
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return null;
  try {
    const { payload } = await jwtVerify(header.slice('Bearer '.length), secret, { algorithms: ['HS256'] });
    if (payload['platform'] === true) return { kind: 'platform' };
    const invitation = payload['invitation'];
    if (typeof invitation === 'string') return { kind: 'invitee', invitation };
    return typeof payload.sub === 'string' ? { kind: 'account', id: payload.sub } : 'nobody';
  } catch {
    return null;
  }
};

const send = (reply: FastifyReply, locale: Locale, problem: { readonly status: number }) =>
  reply.status(problem.status).type(PROBLEM).header('content-language', locale).send(problem);

const own = (reply: FastifyReply, locale: Locale, code: ServiceProblemCode, facts?: Record<string, unknown>) =>
  send(reply, locale, serviceProblem(code, locale, facts));

// What the client is told when the store could not answer; the operator reads the log.
const failureCode = (failure: StoreFailure): ServiceProblemCode => {
  switch (failure.code) {
    case 'store_busy':
      return 'service_busy';
    case 'store_failed':
      return 'service_unavailable';
    case 'idempotency_key_reused':
      return 'idempotency_key_reused';
    case 'store_corrupt':
    case 'invalid_option':
      return 'internal';
  }
};

const STORE_FAILURES = new Set([
  'store_busy',
  'store_failed',
  'store_corrupt',
  'idempotency_key_reused',
  'invalid_option',
]);
const isStoreFailure = (rejection: { readonly code: string }): rejection is StoreFailure =>
  STORE_FAILURES.has(rejection.code);

// A request sent again under its key is told apart from another by what it asked, as the client
// sent it: the action, the actor, and the body.
const fingerprintOf = (action: Action, actor: Actor, body: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify([action, actor, body ?? null]))
    .digest('base64url');

// Fastify's codes for what it refuses before a route runs.
const FASTIFY_REFUSALS: Readonly<Record<string, ServiceProblemCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_json',
};

// Counters for GET /metrics, in Prometheus' text format: commands by action and outcome, and the
// transactions the accepted ones took (more than one each when they met another).
const counters = () => {
  const commands = new Map<string, number>();
  let attempts = 0;
  let accepted = 0;
  return {
    command(action: Action, outcome: string, tries = 0) {
      const key = `action="${action}",outcome="${outcome}"`;
      commands.set(key, (commands.get(key) ?? 0) + 1);
      if (outcome === 'accepted') {
        accepted += 1;
        attempts += tries;
      }
    },
    text: (): string =>
      [
        '# HELP service_commands_total Commands answered, by action and outcome (accepted, or the code).',
        '# TYPE service_commands_total counter',
        ...[...commands].map(([labels, count]) => `service_commands_total{${labels}} ${String(count)}`),
        '# HELP service_accepted_transactions_total Transactions the accepted commands took, retries included.',
        '# TYPE service_accepted_transactions_total counter',
        `service_accepted_transactions_total ${String(attempts)}`,
        '# HELP service_accepted_total Commands accepted.',
        '# TYPE service_accepted_total counter',
        `service_accepted_total ${String(accepted)}`,
        '',
      ].join('\n'),
  };
};

/**
 * The service: `POST /actions/<action>` for every action of the library, `GET /permitted` for what
 * the caller may do (`POST /permitted` at each property of a listing), `GET /health`,
 * `GET /metrics` and `GET /openapi.json`. It holds nothing between requests: each command is one
 * transaction of the store, so any number of instances may serve the same tables, each seeing the
 * others' writes at once.
 */
export const buildService = ({
  store,
  secret,
  clock = Date.now,
  logger = false,
  bodyLimit = 64 * 1024,
}: ServiceOptions): FastifyInstance => {
  const app = Fastify({ logger, bodyLimit, return503OnClosing: false });
  const metrics = counters();
  // JSON bodies only: any other media type is refused (415) before a route runs.
  app.removeContentTypeParser('text/plain');
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  // While closing, each answer ends its connection, so that the close waits for no idle one.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });

  app.setErrorHandler((error, request, reply) => {
    const locale = negotiateLocale(request.headers['accept-language']);
    const fastifyCode: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
    const status: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'statusCode') : undefined;
    const code =
      (typeof fastifyCode === 'string' ? FASTIFY_REFUSALS[fastifyCode] : undefined) ??
      (error instanceof SyntaxError || status === 400 ? 'malformed_json' : 'internal');
    if (code === 'internal') request.log.error({ err: error }, 'unanswered request');
    return own(reply, locale, code);
  });
  app.setNotFoundHandler((request, reply) =>
    own(reply, negotiateLocale(request.headers['accept-language']), 'not_found', { path: request.url.slice(0, 200) }),
  );

  for (const action of ACTIONS) {
    app.post(`/actions/${action}`, async (request, reply) => {
      const locale = negotiateLocale(request.headers['accept-language']);
      const actor = await actorOf(request.headers.authorization, secret);
      if (actor === null) return own(reply, locale, 'unauthenticated');
      if (actor === 'nobody') return own(reply, locale, 'token_names_no_actor');
      const key = request.headers['idempotency-key'];
      if (key !== undefined && (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH))
        return send(
          reply,
          locale,
          toProblem(
            {
              code: 'invalid_input',
              issues: [
                {
                  path: ['Idempotency-Key'],
                  problem:
                    typeof key === 'string' && key.length > 0
                      ? { code: 'too_long', max: MAX_KEY_LENGTH, length: key.length }
                      : { code: 'empty' },
                },
              ],
            },
            { locale },
          ),
        );
      const command = commandFromBody(action, request.body, { actor, now: clock(), newId: () => randomUUID() });
      if (command.isErr()) return send(reply, locale, toProblem(command.error, { locale }));
      const requestKey: RequestKey | undefined =
        key === undefined ? undefined : { key, fingerprint: fingerprintOf(action, actor, request.body) };
      const stored = await store.execute(command.value, requestKey);
      if (stored.isOk()) {
        const { attempts, replayed, positions } = stored.value;
        request.log.info({ action, outcome: 'accepted', attempts, replayed, positions }, 'command');
        metrics.command(action, 'accepted', attempts);
        // What the caller may be told: the events' IDs, never the records they carry.
        return reply
          .status(200)
          .header('content-language', locale)
          .send({ ...toAccepted(stored.value), replayed });
      }
      const rejection = stored.error;
      if (isStoreFailure(rejection)) {
        request.log.error({ action, failure: rejection }, 'store');
        metrics.command(action, rejection.code);
        if (rejection.code === 'store_busy') void reply.header('retry-after', '1');
        return own(reply, locale, failureCode(rejection));
      }
      request.log.info({ action, outcome: rejection.code }, 'command');
      metrics.command(action, rejection.code);
      return send(reply, locale, toProblem(rejection, { locale }));
    });
  }

  // Permissions as a client is told them: each refusal as its problem, in the client's language.
  const forClient = (permissions: readonly Permission[], locale: Locale) =>
    permissions.map((permission) =>
      permission.status === 'refused'
        ? { action: permission.action, status: 'refused', problem: toProblem(permission.rejection, { locale }) }
        : permission,
    );
  const refuse = (
    request: FastifyRequest,
    reply: FastifyReply,
    locale: Locale,
    rejection: WorldRejection | InvalidInput | StoreFailure,
  ) => {
    if (isStoreFailure(rejection)) {
      request.log.error({ failure: rejection }, 'store');
      return own(reply, locale, failureCode(rejection));
    }
    return send(reply, locale, toProblem(rejection, { locale }));
  };

  app.get('/permitted', async (request, reply) => {
    const locale = negotiateLocale(request.headers['accept-language']);
    const actor = await actorOf(request.headers.authorization, secret);
    if (actor === null) return own(reply, locale, 'unauthenticated');
    if (actor === 'nobody') return own(reply, locale, 'token_names_no_actor');
    const { property } = request.query as { readonly property?: unknown };
    // Checked by the store as permittedActions checks it.
    const permissions = await store.permittedActions(actor, clock(), property);
    if (permissions.isOk()) return reply.header('content-language', locale).send(forClient(permissions.value, locale));
    return refuse(request, reply, locale, permissions.error);
  });

  // A listing: the permissions at each property of the body's `properties`, decided once per actor.
  app.post('/permitted', async (request, reply) => {
    const locale = negotiateLocale(request.headers['accept-language']);
    const actor = await actorOf(request.headers.authorization, secret);
    if (actor === null) return own(reply, locale, 'unauthenticated');
    if (actor === 'nobody') return own(reply, locale, 'token_names_no_actor');
    const body: unknown = request.body;
    // Checked by the store as permittedActionsByProperty checks it.
    const properties: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'properties') : undefined;
    const listing = await store.permittedActionsByProperty(actor, clock(), properties);
    if (listing.isOk())
      return reply
        .header('content-language', locale)
        .send(
          listing.value.map(({ property, permissions }) => ({ property, permissions: forClient(permissions, locale) })),
        );
    return refuse(request, reply, locale, listing.error);
  });

  app.get('/health', async (request, reply) => {
    const locale = negotiateLocale(request.headers['accept-language']);
    const ping = await store.ping();
    if (ping.isErr()) request.log.error({ failure: ping.error }, 'health');
    // A closing instance says so, for the load balancer to send it no more.
    if (closing) return own(reply, locale, 'service_unavailable', { closing: true });
    return ping.isOk() ? reply.send({ status: 'ok' }) : own(reply, locale, 'service_unavailable');
  });

  app.get('/metrics', (_request, reply) => reply.type('text/plain; version=0.0.4').send(metrics.text()));

  const document = openApiDocument();
  app.get('/openapi.json', (_request, reply) => reply.send(document));

  return app;
};
