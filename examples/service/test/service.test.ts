import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { SignJWT } from 'jose';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildService } from '../src/service';
import { eventStore, type EventStore } from '../src/store';

// The service over real HTTP on 127.0.0.1, its log in PGlite: the article's flows, what a client
// may not do or see, 50 conflicting requests at once on one instance and on two, and a restart.
// With TEST_DATABASE_URL set, the log is in that Postgres instead (its world_events table is
// dropped before each test).

const SECRET = new TextEncoder().encode('a test key that is long enough for HS256, surely');
const SEED = (
  JSON.parse(readFileSync(new URL('../../../scenarios/walkthrough.json', import.meta.url), 'utf8')) as {
    readonly world: unknown;
  }
).world;
const NOW = Date.parse('2026-11-22T10:00:00Z');

const token = async (claims: Record<string, unknown>): Promise<string> =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('1h').sign(SECRET);
const as = (account: string) => token({ sub: account });

interface Running {
  readonly app: FastifyInstance;
  readonly url: string;
}
const running: Running[] = [];

// One clock for every instance of a test, moving a second a reading, as the servers' clocks would
// (kept in step: a command dated before the log's latest is refused as time going backwards).
let now = NOW;
const clock = (): number => (now += 1000);

const start = async (store: EventStore): Promise<Running> => {
  const app = await buildService({ store, seed: SEED, secret: SECRET, clock });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const started = { app, url };
  running.push(started);
  return started;
};

const call = async (
  { url }: Running,
  path: string,
  bearer: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
) => {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text,
    json: JSON.parse(text) as Record<string, unknown>,
  };
};

// A database across a network: every statement waits 1 to 5 ms first, so requests that arrive
// together decide while others' appends are on their way, as they would against a real Postgres.
const overNetwork = (inner: EventStore): EventStore => {
  const wait = () => new Promise((resolve) => setTimeout(resolve, 1 + Math.random() * 4));
  return {
    migrate: () => inner.migrate(),
    readFrom: async (after) => {
      await wait();
      return inner.readFrom(after);
    },
    append: async (decidedOn, events) => {
      await wait();
      const appended = await inner.append(decidedOn, events);
      if (appended === 'conflict') conflicts += 1;
      return appended;
    },
  };
};

const postgres = process.env['TEST_DATABASE_URL'];
const pool = postgres === undefined ? undefined : new pg.Pool({ connectionString: postgres });
let store: EventStore;
let conflicts = 0;
beforeEach(async () => {
  conflicts = 0;
  if (pool !== undefined) await pool.query('drop table if exists world_events');
  store = overNetwork(eventStore(pool ?? new PGlite()));
});
afterAll(async () => {
  await Promise.all(running.map(({ app }) => app.close()));
  await pool?.end();
});

describe('the article, over HTTP', () => {
  it('a primary account registers a property; a user of the partner cannot (PA-10, PA-11)', async () => {
    const service = await start(store);
    const body = { agreement: 1001, origin: { kind: 'new_registration' } };
    const added = await call(service, '/actions/add_property', await as('acc-astrid'), body);
    expect(added.status).toBe(200);
    expect(added.json).toMatchObject({ rules: ['PA-10', 'PA-6'], events: [{ kind: 'property_registered' }] });
    const refused = await call(service, '/actions/add_property', await as('acc-maja'), body, {
      'accept-language': 'sv',
    });
    expect(refused.status).toBe(403);
    expect(refused.type).toContain('application/problem+json');
    expect(refused.json).toMatchObject({ code: 'non_primary_cannot_add_property', rules: ['PA-11'] });
    expect(String(refused.json['detail'])).toMatch(/primära kontot/u);
  });

  it('a primary account keeps its properties (PA-17), with the ways out as remedies', async () => {
    const service = await start(store);
    const refused = await call(service, '/actions/remove_property', await as('acc-astrid'), {
      account: 'acc-astrid',
      property: 'nordlys-harbour',
    });
    expect(refused.status).toBe(409);
    expect(refused.json['code']).toBe('primary_account_keeps_properties');
    expect((refused.json['remedies'] as unknown[]).length).toBeGreaterThan(0);
  });

  it('an admin invites, the invitee accepts with a login of its own (PA-15, PA-16)', async () => {
    const service = await start(store);
    const invite = {
      property: 'nordlys-harbour',
      invitee: { name: 'Erik', email: 'erik@example.org', rights: ['inbox'] },
    };
    const sent = await call(service, '/actions/invite', await as('acc-astrid'), invite);
    expect(sent.status).toBe(200);
    const [event] = sent.json['events'] as { kind: string; invitation: string }[];
    const link = await token({ invitation: event?.invitation });
    // The link opens its own invitation, and nothing else.
    const other = await call(service, '/actions/invite', link, invite);
    expect(other.status).toBe(403);
    const accepted = await call(service, '/actions/accept_invitation', link, { login: 'erik' });
    expect(accepted.status).toBe(200);
    expect(accepted.json['events']).toEqual([expect.objectContaining({ kind: 'invitation_accepted' })]);
  });

  it('answers what the caller may do at a property, without made-up arguments', async () => {
    const service = await start(store);
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
  });
});

describe('what a client cannot do or see', () => {
  it('no token, a forged token, or a body that names its own actor or time: refused', async () => {
    const service = await start(store);
    const body = { account: 'acc-maja', property: 'nordlys-harbour', rights: ['admin'] };
    expect((await call(service, '/actions/set_access_rights', null, body)).status).toBe(401);
    const forged = await new SignJWT({ sub: 'acc-astrid' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('another key, just as long as the real one'));
    expect((await call(service, '/actions/set_access_rights', forged, body)).status).toBe(401);
    const spoofed = await call(service, '/actions/set_access_rights', await as('acc-maja'), {
      ...body,
      actor: { kind: 'platform' },
      now: 0,
    });
    expect(spoofed.status).toBe(400);
    expect((spoofed.json['errors'] as { pointer: string }[]).map(({ pointer }) => pointer)).toEqual(['/actor', '/now']);
  });

  it('malformed bodies: every problem with its JSON Pointer, nothing stored', async () => {
    const service = await start(store);
    const bad = await call(service, '/actions/create_user', await as('acc-astrid'), {
      property: 'nordlys-harbour',
      user: { login: 'x y', email: 'nope', name: 'N', rights: ['flying'] },
      extra: true,
    });
    expect(bad.status).toBe(400);
    const pointers = (bad.json['errors'] as { pointer: string }[]).map(({ pointer }) => pointer).sort();
    expect(pointers).toEqual(['/extra', '/user/email', '/user/login', '/user/rights/0']);
    expect((await store.readFrom(0)).events).toEqual([]);
    const notJson = await fetch(`${service.url}/actions/invite`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await as('acc-astrid')}`, 'content-type': 'application/json' },
      body: '{"property":',
    });
    expect(notJson.status).toBe(400);
  });

  it('no answer names another tenant: a user lookup is no oracle, a taken login names no holder', async () => {
    const service = await start(store);
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

describe('concurrency and restarts', () => {
  const newUser = (index: number) => ({
    property: 'nordlys-harbour',
    user: {
      login: 'same.login',
      email: `n${String(index)}@nordlys.example`,
      name: 'New',
      rights: ['inbox'],
    },
  });

  const oneWinner = async (services: readonly Running[]) => {
    const astrid = await as('acc-astrid');
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        call(services[index % services.length] as Running, '/actions/create_user', astrid, newUser(index)),
      ),
    );
    const statuses = answers.map(({ status }) => status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(answers.filter(({ json }) => json['code'] === 'login_taken')).toHaveLength(49);
    const log = await store.readFrom(0);
    expect(log.events).toHaveLength(1);
    expect(log.version).toBe(1);
    // Some requests decided on the world before the winner's append: the log refused theirs.
    expect(conflicts).toBeGreaterThan(0);
  };

  it('50 requests for one login at once on one instance: one account, no lost or doubled write', async () => {
    await oneWinner([await start(store)]);
  });

  it('the same across two instances sharing the log', async () => {
    await oneWinner([await start(store), await start(store)]);
  });

  it('a restart rebuilds the world from the log, keeping every accepted command', async () => {
    const first = await start(store);
    const astrid = await as('acc-astrid');
    expect((await call(first, '/actions/create_user', astrid, newUser(1))).status).toBe(200);
    const invite = {
      property: 'nordlys-harbour',
      invitee: { name: 'Eva', email: 'eva@example.org', rights: ['inbox'] },
    };
    expect((await call(first, '/actions/invite', astrid, invite)).status).toBe(200);
    await first.app.close();
    const second = await start(store);
    // What the first instance accepted binds the second: the login is taken, the invitation pending.
    expect((await call(second, '/actions/create_user', astrid, newUser(2))).json['code']).toBe('login_taken');
    expect((await call(second, '/actions/invite', astrid, invite)).json['code']).toBe('invitation_already_pending');
  });
});
