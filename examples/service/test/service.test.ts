import { readFileSync } from 'node:fs';

import { PGlite } from '@electric-sql/pglite';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { SignJWT } from 'jose';
import { ACTIONS } from 'partner-account-rules';
import { type Database, pglite, pgPool, type PostgresStore, postgresStore } from 'partner-account-rules/postgres';
import { jsonSchemas } from 'partner-account-rules/schema';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildService } from '../src/service';

// The service over real HTTP on 127.0.0.1, its tables in PGlite (one per run of this file, emptied
// before each test) and, with TEST_DATABASE_URL set, in that Postgres too: the article's flows,
// what a client may not do or see, the service's own problems, 50 conflicting requests at once on
// one instance and on two, two instances seeing each other's writes, a request sent twice, a
// restart, and a shutdown that lets the requests in flight finish.

const SECRET = new TextEncoder().encode('a test key that is long enough for HS256, surely');
const SEED = (
  JSON.parse(readFileSync(new URL('../../../scenarios/walkthrough.json', import.meta.url), 'utf8')) as {
    readonly world: unknown;
  }
).world;
const SCHEMA = 'service_test';
const TABLES = ['agreements', 'properties', 'accounts', 'access', 'invitations', 'events', 'requests'];

const token = async (claims: Record<string, unknown>, secret = SECRET): Promise<string> =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('1h').sign(secret);
const as = (account: string) => token({ sub: account });

interface Running {
  readonly app: FastifyInstance;
  readonly url: string;
}

interface Backend {
  readonly name: string;
  readonly open: () => Promise<{ readonly database: Database; readonly close: () => Promise<void> }>;
}

const url = process.env['TEST_DATABASE_URL'];
const BACKENDS: Backend[] = [
  {
    name: 'PGlite',
    open: async () => {
      const db = await PGlite.create();
      return { database: pglite(db), close: () => db.close() };
    },
  },
  ...(url === undefined
    ? []
    : [
        {
          name: 'Postgres',
          open: async () => {
            const pool = new pg.Pool({ connectionString: url, max: 8 });
            await pool.query(`drop schema if exists ${SCHEMA} cascade`);
            return {
              database: pgPool(pool),
              close: async () => {
                await pool.query(`drop schema if exists ${SCHEMA} cascade`);
                await pool.end();
              },
            };
          },
        },
      ]),
];

const call = async (
  { url: base }: Running,
  path: string,
  bearer: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
) => {
  const response = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    language: response.headers.get('content-language'),
    text,
    json: JSON.parse(text) as Record<string, unknown>,
  };
};

describe.each(BACKENDS)('the service on $name', (backend) => {
  let database: Database;
  let closeDatabase: () => Promise<void>;
  let store: PostgresStore;
  const running: Running[] = [];
  // One clock for every instance, a second a reading, as servers' clocks would be.
  let now = Date.parse('2026-11-22T10:00:00Z');
  const clock = (): number => (now += 1000);

  const start = async (over: PostgresStore = store): Promise<Running> => {
    const app = buildService({ store: over, secret: SECRET, clock });
    const started = { app, url: await app.listen({ port: 0, host: '127.0.0.1' }) };
    running.push(started);
    return started;
  };
  const logged = async () => (await store.events())._unsafeUnwrap();

  beforeAll(async () => {
    ({ database, close: closeDatabase } = await backend.open());
    store = postgresStore(database, { schema: SCHEMA });
    expect((await store.migrate()).isOk()).toBe(true);
  }, 60_000);
  beforeEach(async () => {
    await database.session((transaction) =>
      transaction(
        async (tx) => {
          await tx.query(`truncate ${TABLES.map((table) => `${SCHEMA}.${table}`).join(', ')} restart identity cascade`);
        },
        { readOnly: false },
      ),
    );
    expect((await store.seed(SEED)).isOk()).toBe(true);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map(({ app }) => app.close()));
  });
  afterAll(() => closeDatabase());

  describe('the article, over HTTP', () => {
    it('a primary account registers a property; a user of the partner cannot (PA-10, PA-11)', async () => {
      const service = await start();
      const body = { agreement: 1001, origin: { kind: 'new_registration' } };
      const added = await call(service, '/actions/add_property', await as('acc-astrid'), body);
      expect(added.status).toBe(200);
      expect(added.json).toMatchObject({ rules: ['PA-10', 'PA-6'], events: [{ kind: 'property_registered' }] });
      const refused = await call(service, '/actions/add_property', await as('acc-maja'), body, {
        'accept-language': 'sv',
      });
      expect(refused.status).toBe(403);
      expect(refused.type).toContain('application/problem+json');
      expect(refused.language).toBe('sv');
      expect(refused.json).toMatchObject({ code: 'non_primary_cannot_add_property', rules: ['PA-11'] });
      expect(String(refused.json['detail'])).toMatch(/primära kontot/u);
    });

    it('a primary account keeps its properties (PA-17), with the ways out as remedies', async () => {
      const service = await start();
      const refused = await call(service, '/actions/remove_property', await as('acc-astrid'), {
        account: 'acc-astrid',
        property: 'nordlys-harbour',
      });
      expect(refused.status).toBe(409);
      expect(refused.json['code']).toBe('primary_account_keeps_properties');
      expect((refused.json['remedies'] as unknown[]).length).toBeGreaterThan(0);
    });

    it('an admin invites, the invitee accepts with a login of its own (PA-15, PA-16)', async () => {
      const service = await start();
      const invite = {
        property: 'nordlys-harbour',
        invitee: { name: 'Erik', email: 'erik@example.org', rights: ['inbox'] },
      };
      const sent = await call(service, '/actions/invite', await as('acc-astrid'), invite);
      expect(sent.status).toBe(200);
      const [event] = sent.json['events'] as { kind: string; invitation: string }[];
      const link = await token({ invitation: event?.invitation });
      // The link opens its own invitation, and nothing else.
      expect((await call(service, '/actions/invite', link, invite)).status).toBe(403);
      const accepted = await call(service, '/actions/accept_invitation', link, { login: 'erik' });
      expect(accepted.status).toBe(200);
      expect(accepted.json['events']).toEqual([expect.objectContaining({ kind: 'invitation_accepted' })]);
    });

    it('answers what the caller may do at a property, from the tables', async () => {
      const service = await start();
      const maja = await call(service, '/permitted?property=nordlys-harbour', await as('acc-maja'));
      expect(maja.status).toBe(200);
      const byAction = new Map(
        (maja.json as unknown as { action: string; status: string }[]).map((entry) => [entry.action, entry.status]),
      );
      expect(byAction.get('invite')).toBe('refused');
      // Nordlys has its primary account: Maja may ask it, not request another.
      expect(byAction.get('request_primary_account')).toBe('unavailable');
      const astrid = await call(service, '/permitted?property=nordlys-harbour', await as('acc-astrid'));
      expect(
        (astrid.json as unknown as { action: string; status: string }[]).find(({ action }) => action === 'invite')
          ?.status,
      ).toBe('allowed');
      const ghost = await call(service, '/permitted', await as('acc-ghost'));
      expect(ghost.json).toMatchObject({ status: 404, code: 'record_not_found' });
    });

    it('answers a listing as each property alone, and refuses a listing that is not one', async () => {
      const service = await start();
      const maja = await as('acc-maja');
      const properties = ['nordlys-harbour', 'lakeside-inn', 'nowhere'];
      const listing = await call(service, '/permitted', maja, { properties }, { 'accept-language': 'sv' });
      expect(listing.status).toBe(200);
      const alone = await Promise.all(
        properties.map(
          async (property) =>
            (await call(service, `/permitted?property=${property}`, maja, undefined, { 'accept-language': 'sv' })).json,
        ),
      );
      expect(listing.json).toEqual(properties.map((property, index) => ({ property, permissions: alone[index] })));
      const wrong = await call(service, '/permitted', maja, { properties: ['nordlys-harbour', 7] });
      expect(wrong.json).toMatchObject({ status: 400, code: 'invalid_input', errors: [{ pointer: '/properties/1' }] });
    });
  });

  describe('what a client cannot do or see', () => {
    it('no token, a forged token, or a body that names its own actor or time: refused', async () => {
      const service = await start();
      const body = { account: 'acc-maja', property: 'nordlys-harbour', rights: ['admin'] };
      const none = await call(service, '/actions/set_access_rights', null, body, { 'accept-language': 'sv' });
      expect(none).toMatchObject({
        status: 401,
        language: 'sv',
        json: { code: 'unauthenticated', title: 'Inte inloggad' },
      });
      const forged = await token(
        { sub: 'acc-astrid' },
        new TextEncoder().encode('another key, just as long as the real one'),
      );
      expect((await call(service, '/actions/set_access_rights', forged, body)).json['code']).toBe('unauthenticated');
      const nobody = await call(service, '/actions/set_access_rights', await token({ role: 'x' }), body);
      expect(nobody).toMatchObject({ status: 403, json: { code: 'token_names_no_actor' } });
      const spoofed = await call(service, '/actions/set_access_rights', await as('acc-maja'), {
        ...body,
        actor: { kind: 'platform' },
        now: 0,
      });
      expect(spoofed.status).toBe(400);
      expect((spoofed.json['errors'] as { pointer: string }[]).map(({ pointer }) => pointer)).toEqual([
        '/actor',
        '/now',
      ]);
    });

    it('malformed bodies: every problem with its JSON Pointer, nothing stored', async () => {
      const service = await start();
      const astrid = await as('acc-astrid');
      const bad = await call(service, '/actions/create_user', astrid, {
        property: 'nordlys-harbour',
        user: { login: 'x y', email: 'nope', name: 'N', rights: ['flying'] },
        extra: true,
      });
      expect(bad.status).toBe(400);
      const pointers = (bad.json['errors'] as { pointer: string }[]).map(({ pointer }) => pointer).sort();
      expect(pointers).toEqual(['/extra', '/user/email', '/user/login', '/user/rights/0']);
      expect(await logged()).toEqual([]);
    });

    it('the service’s own refusals are problems too, with a code, in the caller’s language', async () => {
      const service = await start();
      const astrid = await as('acc-astrid');
      const notJson = await call(service, '/actions/invite', astrid, '{"property":', { 'accept-language': 'sv' });
      expect(notJson).toMatchObject({
        status: 400,
        language: 'sv',
        json: { code: 'malformed_json', title: 'Felaktig begäran' },
      });
      expect(notJson.type).toContain('application/problem+json');
      const huge = await call(service, '/actions/invite', astrid, { property: 'x'.repeat(70_000) });
      expect(huge).toMatchObject({ status: 413, json: { code: 'body_too_large' } });
      const text = await call(service, '/actions/invite', astrid, 'hello', { 'content-type': 'text/plain' });
      expect(text).toMatchObject({ status: 415, json: { code: 'unsupported_media_type' } });
      const nowhere = await call(service, '/nowhere', null, undefined, { 'accept-language': 'sv' });
      expect(nowhere).toMatchObject({ status: 404, json: { code: 'not_found', title: 'Hittades inte' } });
      expect(nowhere.type).toContain('application/problem+json');
      const key = await call(service, '/actions/invite', astrid, {}, { 'idempotency-key': 'k'.repeat(201) });
      expect(key).toMatchObject({ status: 400, json: { errors: [{ pointer: '/Idempotency-Key', code: 'too_long' }] } });
    });

    it('no answer names another tenant: a user lookup is no oracle, a taken login names no holder', async () => {
      const service = await start();
      const astrid = await as('acc-astrid');
      const lookups = await Promise.all(
        [
          { username: 'lars.lakeside', email: 'lars@lakeside.example' },
          { username: 'lars.lakeside', email: 'wrong@lakeside.example' },
          { username: 'nobody', email: 'nobody@example.org' },
        ].map((who) => call(service, '/actions/add_user', astrid, { property: 'nordlys-harbour', ...who })),
      );
      // One answer but for the email each request named, which the remedy, to invite it instead, repeats.
      expect(new Set(lookups.map(({ text }) => text.replaceAll(/[a-z.]+@[a-z.]+/gu, '<email>'))).size).toBe(1);
      expect(lookups[0]?.status).toBe(404);
      const taken = await call(service, '/actions/create_user', astrid, {
        property: 'nordlys-harbour',
        user: { login: 'lars.lakeside', email: 'new@nordlys.example', name: 'New', rights: ['inbox'] },
      });
      expect(taken.status).toBe(409);
      expect(taken.json['code']).toBe('login_taken');
      for (const answer of [...lookups, taken]) expect(answer.text).not.toMatch(/acc-lars|lakeside-inn|2002/u);
    });
  });

  describe('instances over shared tables', () => {
    const newUser = (login: string, index = 0) => ({
      property: 'nordlys-harbour',
      user: { login, email: `n${String(index)}@nordlys.example`, name: 'New', rights: ['inbox'] },
    });

    const oneWinner = async (services: readonly Running[]) => {
      const astrid = await as('acc-astrid');
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          call(
            services[index % services.length] as Running,
            '/actions/create_user',
            astrid,
            newUser('same.login', index),
          ),
        ),
      );
      expect(answers.filter(({ status }) => status === 200)).toHaveLength(1);
      expect(answers.filter(({ json }) => json['code'] === 'login_taken')).toHaveLength(49);
      expect(await logged()).toHaveLength(1);
    };

    it('50 requests for one login at once on one instance: one account, no lost or doubled write', async () => {
      await oneWinner([await start()]);
    });

    it('the same across two instances sharing the tables', async () => {
      await oneWinner([await start(), await start()]);
    });

    it('what one instance accepts, the other answers from at once', async () => {
      const [a, b] = [await start(), await start()];
      const astrid = await as('acc-astrid');
      const created = await call(a, '/actions/create_user', astrid, newUser('eva.front'));
      const account = (created.json['events'] as { account: string }[])[0]?.account;
      const granted = await call(b, '/actions/grant_admin', astrid, {
        account,
        property: 'nordlys-harbour',
      });
      expect(granted).toMatchObject({ status: 200, json: { events: [{ kind: 'admin_granted', account }] } });
      expect((await call(b, '/actions/create_user', astrid, newUser('eva.front'))).json['code']).toBe('login_taken');
    });

    it('a request sent again under its Idempotency-Key is carried out once, and answered alike', async () => {
      const service = await start();
      const astrid = await as('acc-astrid');
      const headers = { 'idempotency-key': 'retry-1' };
      const first = await call(service, '/actions/create_user', astrid, newUser('once.only'), headers);
      const again = await call(service, '/actions/create_user', astrid, newUser('once.only'), headers);
      expect(first.json).toMatchObject({ status: 200, replayed: false });
      expect(again.json).toStrictEqual({ ...first.json, replayed: true });
      expect(await logged()).toHaveLength(1);
      const other = await call(service, '/actions/create_user', astrid, newUser('another.one'), headers);
      expect(other).toMatchObject({ status: 422, json: { code: 'idempotency_key_reused' } });
      const metrics = await (await fetch(`${service.url}/metrics`)).text();
      expect(metrics).toContain('service_commands_total{action="create_user",outcome="accepted"} 2');
      expect(metrics).toContain('service_commands_total{action="create_user",outcome="idempotency_key_reused"} 1');
    });

    it('a new instance answers from what the first accepted, with nothing to read first', async () => {
      const first = await start();
      const astrid = await as('acc-astrid');
      expect((await call(first, '/actions/create_user', astrid, newUser('kept.login'))).status).toBe(200);
      const invite = {
        property: 'nordlys-harbour',
        invitee: { name: 'Eva', email: 'eva@example.org', rights: ['inbox'] },
      };
      expect((await call(first, '/actions/invite', astrid, invite)).status).toBe(200);
      await first.app.close();
      const second = await start();
      expect((await call(second, '/actions/create_user', astrid, newUser('kept.login'))).json['code']).toBe(
        'login_taken',
      );
      expect((await call(second, '/actions/invite', astrid, invite)).json['code']).toBe('invitation_already_pending');
    });
  });

  describe('operations', () => {
    it('health says whether the database answers', async () => {
      const service = await start();
      expect(await call(service, '/health', null)).toMatchObject({ status: 200, json: { status: 'ok' } });
      const broken: Database = { session: () => Promise.reject(new Error('connection refused')) };
      const down = await start(postgresStore(broken, { schema: SCHEMA }));
      expect(await call(down, '/health', null)).toMatchObject({ status: 503, json: { code: 'service_unavailable' } });
      const refused = await call(down, '/actions/invite', await as('acc-astrid'), {
        property: 'nordlys-harbour',
        invitee: { name: 'Eva', email: 'eva@example.org', rights: ['inbox'] },
      });
      expect(refused).toMatchObject({ status: 503, json: { code: 'service_unavailable' } });
    });

    it('closing lets the requests in flight finish, and says so to the health check meanwhile', async () => {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      const slow: Database = {
        session: async (use) => {
          await held;
          return database.session(use);
        },
      };
      const service = await start(postgresStore(slow, { schema: SCHEMA }));
      const inFlight = call(service, '/actions/create_user', await as('acc-astrid'), newUserBody('late.user'));
      const health = call(service, '/health', null);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const closed = service.app.close();
      await new Promise((resolve) => setTimeout(resolve, 50));
      release();
      expect((await inFlight).status).toBe(200);
      expect(await health).toMatchObject({
        status: 503,
        json: { code: 'service_unavailable', facts: { closing: true } },
      });
      await closed;
      expect(await logged()).toHaveLength(1);
    });

    it('serves an OpenAPI 3.1 document whose request bodies are the library’s JSON Schemas', async () => {
      const service = await start();
      const document = (await call(service, '/openapi.json', null)).json as {
        openapi: string;
        paths: Record<
          string,
          { post?: { requestBody: { content: { 'application/json': { schema: { $ref: string } } } } } }
        >;
        components: { schemas: Record<string, object> };
      };
      expect(document.openapi).toBe('3.1.0');
      const ajv = new Ajv2020({ strict: false });
      for (const action of ACTIONS) {
        const ref = document.paths[`/actions/${action}`]?.post?.requestBody.content['application/json'].schema.$ref;
        const schema = document.components.schemas[String(ref).replace('#/components/schemas/', '')];
        const file: Record<string, unknown> = { ...jsonSchemas()[`bodies/${action}.schema.json`] };
        delete file['$schema'];
        expect(schema).toStrictEqual(file);
        expect(ajv.compile(schema as object)).toBeTypeOf('function');
      }
      const validate = ajv.compile(document.components.schemas['create_user_body'] as object);
      expect(validate(newUserBody('ok.login'))).toBe(true);
      expect(validate({ property: 'p', user: { login: 'x' } })).toBe(false);
    });
  });
});

const newUserBody = (login: string) => ({
  property: 'nordlys-harbour',
  user: { login, email: 'n@nordlys.example', name: 'New', rights: ['inbox'] },
});
