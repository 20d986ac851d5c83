import { readFileSync } from 'node:fs';

import {
  type Command,
  type CommandActor,
  execute,
  permittedActions,
  snapshotOf,
  type World,
  worldFrom,
} from 'partner-account-rules';
import { type Database, type PostgresStore, postgresStore } from 'partner-account-rules/postgres';
import { parseScenario } from 'partner-account-rules/schema';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { BACKENDS, emptied, type Opened, openStore } from './databases';

const SCHEMA = 'store_test';
const scenario = parseScenario(
  JSON.parse(readFileSync(new URL('../../scenarios/walkthrough.json', import.meta.url), 'utf8')),
)._unsafeUnwrap();
const commands: readonly Command[] = scenario.steps.map((step) => step.command);
const codeOf = (result: { isOk(): boolean; error?: unknown }): string =>
  result.isOk() ? 'ok' : (result.error as { code: string }).code;
const created = (index: number) => ({
  action: 'create_user',
  actor: { kind: 'account', id: 'acc-astrid' },
  now: Date.parse('2026-11-02T09:00:00Z') + index,
  property: 'nordlys-harbour',
  user: {
    id: `new-${String(index)}`,
    login: `new.user.${String(index)}`,
    email: 'new@nordlys.example',
    name: 'New',
    rights: ['inbox'],
  },
});
const sortedById = <T extends { readonly id?: unknown; readonly leid?: unknown }>(records: readonly T[]) =>
  [...records].sort((a, b) => String(a.id ?? a.leid).localeCompare(String(b.id ?? b.leid)));
const recordsOf = (snapshot: ReturnType<typeof snapshotOf>) => ({
  agreements: sortedById(snapshot.agreements),
  properties: sortedById(snapshot.properties),
  accounts: sortedById(snapshot.accounts),
  invitations: sortedById(snapshot.invitations),
});

describe.each(BACKENDS)('the Postgres store on $name', (backend) => {
  let opened: Opened;
  let store: PostgresStore;

  beforeAll(async () => {
    ({ opened, store } = await openStore(backend, SCHEMA));
  }, 60_000);
  afterAll(() => opened.close());
  beforeEach(async () => {
    await emptied(opened, SCHEMA);
    expect((await store.seed(scenario.world))._unsafeUnwrap()).toStrictEqual({ seeded: true });
  });

  it('migrates again without a change, and seeds only an empty store', async () => {
    expect((await store.migrate()).isOk()).toBe(true);
    expect((await store.seed(scenario.world))._unsafeUnwrap()).toStrictEqual({ seeded: false });
    expect(recordsOf((await store.snapshot())._unsafeUnwrap())).toStrictEqual(recordsOf(scenario.world));
  });

  it('answers the walkthrough as the world does, step by step, and ends with the same records', async () => {
    let world: World = worldFrom(scenario.world)._unsafeUnwrap();
    for (const command of commands) {
      const inWorld = execute(world, command);
      const stored = await store.execute(command);
      expect({ action: command.action, code: codeOf(stored) }).toStrictEqual({
        action: command.action,
        code: codeOf(inWorld),
      });
      if (inWorld.isOk()) {
        world = inWorld.value.world;
        expect(stored._unsafeUnwrap().events).toStrictEqual(inWorld.value.events);
      } else expect(stored._unsafeUnwrapErr()).toStrictEqual(inWorld.error);
    }
    expect(recordsOf((await store.snapshot())._unsafeUnwrap())).toStrictEqual(recordsOf(snapshotOf(world)));
    // The log holds every event accepted, in order, each once.
    const logged = (await store.events())._unsafeUnwrap();
    expect(logged.map(({ position }) => position)).toStrictEqual(logged.map((_, index) => index + 1));
    // Every actor is told what the world tells it, about each property and about none.
    const actors: CommandActor[] = [
      { kind: 'platform' },
      ...snapshotOf(world).accounts.map((account): CommandActor => ({ kind: 'account', id: account.id })),
      ...snapshotOf(world).invitations.map((invitation): CommandActor => ({
        kind: 'invitee',
        invitation: invitation.id,
      })),
    ];
    const now = Date.parse('2026-12-01T00:00:00Z');
    for (const actor of actors)
      for (const property of [undefined, ...snapshotOf(world).properties.map(({ id }) => id)])
        expect(await store.permittedActions(actor, now, property)).toStrictEqual(
          permittedActions(world, actor as never, now as never, property as never),
        );
  });

  it('carries out a request sent twice under one key once, and answers the second as the first', async () => {
    const request = { key: 'req-1', fingerprint: 'create new-1' };
    const first = (await store.execute(created(1), request))._unsafeUnwrap();
    const again = (await store.execute(created(1), request))._unsafeUnwrap();
    expect(first.replayed).toBe(false);
    expect(again).toStrictEqual({ ...first, replayed: true, attempts: again.attempts });
    expect((await store.events())._unsafeUnwrap()).toHaveLength(1);
    // The same key for another request is refused, and nothing is applied.
    expect(
      (await store.execute(created(2), { key: 'req-1', fingerprint: 'create new-2' }))._unsafeUnwrapErr(),
    ).toStrictEqual({
      code: 'idempotency_key_reused',
      key: 'req-1',
    });
    expect((await store.events())._unsafeUnwrap()).toHaveLength(1);
  });

  it('decides a refused request again when it is sent again: a refusal holds no key', async () => {
    const refused = { ...created(3), actor: { kind: 'account', id: 'acc-maja' } };
    const request = { key: 'req-3', fingerprint: 'x' };
    expect(codeOf(await store.execute(refused, request))).toBe('actor_not_admin');
    expect((await opened.sql(`select count(*)::int as n from ${SCHEMA}.requests`))[0]?.['n']).toBe(0);
    expect(codeOf(await store.execute(created(3), request))).toBe('ok');
  });

  it('refuses a malformed key, and a malformed command, before anything runs', async () => {
    expect((await store.execute(created(4), { key: '', fingerprint: 'x' }))._unsafeUnwrapErr()).toStrictEqual({
      code: 'invalid_input',
      issues: [{ path: ['request', 'key'], problem: { code: 'empty' } }],
    });
    const malformed = await store.execute({ ...created(4), user: { id: 5 } });
    expect(codeOf(malformed)).toBe('invalid_input');
    expect((await store.events())._unsafeUnwrap()).toHaveLength(0);
  });

  it('holds the invariants as constraints: a write that skips the decisions is refused by the database', async () => {
    const astrid = ['x-1', 'primary', 'another', 'another', 'a@b.example', 'A', 1001];
    await expect(
      opened.sql(
        `insert into ${SCHEMA}.accounts (id, kind, login, login_skeleton, email, name, agreement) values ($1, $2, $3, $4, $5, $6, $7)`,
        astrid,
      ),
    ).rejects.toThrow(/accounts_one_primary/u);
    await expect(
      opened.sql(
        `insert into ${SCHEMA}.accounts (id, kind, login, login_skeleton, email, name, rights, properties)
         select 'x-2', 'non_primary', 'Maja.Front2', login_skeleton, 'm@b.example', 'M', '{}', '{}'
         from ${SCHEMA}.accounts where id = 'acc-maja'`,
      ),
    ).rejects.toThrow(/login_skeleton/u);
    await expect(opened.sql(`delete from ${SCHEMA}.events`)).rejects.toThrow(/appended to/u);
  });

  it('tells of a row changed behind its back instead of deciding on it', async () => {
    await opened.sql(`update ${SCHEMA}.accounts set rights = '{nonsense}' where id = 'acc-maja'`);
    const answer = await store.execute({ ...created(5), actor: { kind: 'account', id: 'acc-maja' } });
    expect(answer._unsafeUnwrapErr()).toMatchObject({ code: 'store_corrupt', lookup: 'account' });
    expect((await store.snapshot())._unsafeUnwrapErr()).toMatchObject({ code: 'store_corrupt', lookup: 'snapshot' });
  });
});

describe('the store meeting a failing database', () => {
  // A database whose transactions fail with `code` the first `failures` times, then run.
  const failing = (code: string, failures: number) => {
    let calls = 0;
    const database: Database = {
      session: (use) =>
        use(async (work) => {
          calls += 1;
          if (calls <= failures) throw Object.assign(new Error(`failed with ${code}`), { code });
          return work({ query: () => Promise.resolve({ rows: [] }) });
        }),
    };
    return { database, calls: () => calls };
  };
  const waits: number[] = [];
  const options = {
    maxAttempts: 4,
    maxBackoffMs: 8,
    wait: (ms: number) => (waits.push(ms), Promise.resolve()),
    random: () => 0.5,
  };

  it('tries again after a serialization failure or a deadlock, waiting longer each time', async () => {
    waits.length = 0;
    const { database, calls } = failing('40001', 3);
    const answer = await postgresStore(database, options).permittedActions({ kind: 'platform' }, 0);
    expect(answer.isOk()).toBe(true);
    expect(calls()).toBe(4);
    expect(waits).toStrictEqual([0.5, 1, 2]);
    expect((await postgresStore(failing('40P01', 1).database, options).events())._unsafeUnwrap()).toStrictEqual([]);
  });

  it('gives up after the last attempt with store_busy, and at once on another error with store_failed', async () => {
    expect((await postgresStore(failing('40001', 9).database, options).events())._unsafeUnwrapErr()).toStrictEqual({
      code: 'store_busy',
      attempts: 4,
    });
    const failed = (await postgresStore(failing('57P01', 9).database, options).events())._unsafeUnwrapErr();
    expect(failed).toMatchObject({ code: 'store_failed', attempts: 1 });
  });

  it('answers store_failed when no connection is to be had', async () => {
    const none: Database = { session: () => Promise.reject(new Error('too many clients')) };
    expect((await postgresStore(none, options).ping())._unsafeUnwrapErr()).toMatchObject({
      code: 'store_failed',
      attempts: 0,
    });
  });

  it('refuses options it does not take', async () => {
    const { database } = failing('40001', 0);
    expect((await postgresStore(database, { schema: 'a; drop table x' }).migrate())._unsafeUnwrapErr()).toStrictEqual({
      code: 'invalid_option',
      option: 'schema',
    });
    expect((await postgresStore(database, { maxAttempts: 0 }).events())._unsafeUnwrapErr()).toStrictEqual({
      code: 'invalid_option',
      option: 'maxAttempts',
    });
  });
});
