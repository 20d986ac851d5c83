// `npm run load` (in examples/service): the service under load, on loopback only, bounded in time.
// Clients in a closed loop each create users (`create_user`), on independent tenants (client i
// acts as the primary account of agreement i of 256) or all on one agreement; 1, 8, 32 and 128
// clients; one instance and two (separate processes sharing the tables); on PGlite (one instance:
// an embedded database is one process's) and on Postgres (a throwaway server started here, or
// LOAD_DATABASE_URL). For each run: accepted per second, p50 and p99 latency, retries per
// accepted command, 503s; then every accepted command is looked for in the log, where it must be
// exactly once. Targets at the end; exit 1 when one is missed. LOAD_SECONDS sets each run's length.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { PGlite } from '@electric-sql/pglite';
import { SignJWT } from 'jose';
import { pglite, pgPool, type PostgresStore, postgresStore } from 'partner-account-rules/postgres';
import pg from 'pg';

import { buildService } from './service';

const SECONDS = Number(process.env['LOAD_SECONDS'] ?? 4);
const WARMUP_MS = 1000;
const TENANTS = 256;
const CLIENTS = [1, 8, 32, 128];
// The database's connections, shared by the instances (8 for one, 4 each for two): the number of
// transactions at once is the database's to bound, and more of them on 2 cores only meet more.
const CONNECTIONS = 8;
const SCHEMA = 'partner_accounts';
const SECRET = 'a load-test key that is long enough for HS256';
const key = new TextEncoder().encode(SECRET);
const root = fileURLToPath(new URL('../../..', import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);

// 256 agreements, each with a primary account and one property.
const world = {
  agreements: Array.from({ length: TENANTS }, (_, i) => ({ leid: i + 1, status: 'active' })),
  properties: Array.from({ length: TENANTS }, (_, i) => ({
    id: `h${String(i + 1)}`,
    link: { kind: 'agreement', leid: i + 1 },
  })),
  accounts: Array.from({ length: TENANTS }, (_, i) => ({
    kind: 'primary',
    id: `p${String(i + 1)}`,
    login: `primary.${String(i + 1)}`,
    email: `primary${String(i + 1)}@load.example`,
    name: 'Primary',
    agreement: i + 1,
  })),
  invitations: [],
};

type Tenancy = 'independent' | 'one agreement';
type Sql = (text: string, params?: unknown[]) => Promise<readonly Record<string, unknown>[]>;

interface Row {
  readonly database: string;
  readonly instances: number;
  readonly tenancy: Tenancy;
  readonly clients: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly retries: number;
  readonly busy: number;
  readonly other: number;
  readonly exactlyOnce: boolean;
}

const tokens = await Promise.all(
  Array.from({ length: TENANTS }, (_, i) =>
    new SignJWT({ sub: `p${String(i + 1)}` }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(key),
  ),
);

const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0 ? Number.NaN : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN);

const scrape = async (urls: readonly string[]): Promise<{ accepted: number; transactions: number }> => {
  let accepted = 0;
  let transactions = 0;
  for (const url of urls) {
    const text = await (await fetch(`${url}/metrics`)).text();
    accepted += Number(/^service_accepted_total (\d+)$/mu.exec(text)?.[1] ?? 0);
    transactions += Number(/^service_accepted_transactions_total (\d+)$/mu.exec(text)?.[1] ?? 0);
  }
  return { accepted, transactions };
};

let runs = 0;

// One run: `clients` closed loops for WARMUP_MS + SECONDS; what they were told, and the log checked.
const run = async (
  database: string,
  urls: readonly string[],
  sql: Sql,
  tenancy: Tenancy,
  clients: number,
): Promise<Row> => {
  runs += 1;
  const prefix = `r${String(runs)}`;
  const before = await scrape(urls);
  const started = performance.now();
  const measureFrom = started + WARMUP_MS;
  const until = measureFrom + SECONDS * 1000;
  const latencies: number[] = [];
  const acceptedIds: string[] = [];
  let measured = 0;
  let busy = 0;
  let other = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      const tenant = tenancy === 'independent' ? client % TENANTS : 0;
      const url = urls[client % urls.length] ?? '';
      for (let n = 0; performance.now() < until; n += 1) {
        const body = JSON.stringify({
          property: `h${String(tenant + 1)}`,
          user: {
            login: `${prefix}.${String(client)}.${String(n)}`,
            email: `u${String(client)}@load.example`,
            name: 'Load',
            rights: ['inbox'],
          },
        });
        const sent = performance.now();
        const response = await fetch(`${url}/actions/create_user`, {
          method: 'POST',
          headers: { authorization: `Bearer ${tokens[tenant] ?? ''}`, 'content-type': 'application/json' },
          body,
        });
        const answer = (await response.json()) as { events?: { account?: string }[] };
        const took = performance.now() - sent;
        if (response.status === 200) acceptedIds.push(answer.events?.[0]?.account ?? '');
        if (sent < measureFrom) continue;
        latencies.push(took);
        if (response.status === 200) measured += 1;
        else if (response.status === 503) busy += 1;
        else other += 1;
      }
    }),
  );
  const after = await scrape(urls);
  // Every accepted command's account in the log, once; no other account of this run there.
  const logged = await sql(
    `select event -> 'account' ->> 'id' as id from ${SCHEMA}.events
     where kind = 'user_created' and event -> 'account' ->> 'login' like $1`,
    [`${prefix}.%`],
  );
  const counts = new Map<string, number>();
  for (const { id } of logged) counts.set(String(id), (counts.get(String(id)) ?? 0) + 1);
  const exactlyOnce = logged.length === acceptedIds.length && acceptedIds.every((id) => counts.get(id) === 1);
  latencies.sort((a, b) => a - b);
  const accepted = after.accepted - before.accepted;
  return {
    database,
    instances: urls.length,
    tenancy,
    clients,
    perSecond: measured / SECONDS,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    retries: accepted === 0 ? 0 : (after.transactions - before.transactions) / accepted - 1,
    busy,
    other,
    exactlyOnce,
  };
};

const runAll = async (database: string, urls: readonly string[], sql: Sql): Promise<Row[]> => {
  const rows: Row[] = [];
  for (const tenancy of ['independent', 'one agreement'] as const)
    for (const clients of CLIENTS) {
      const row = await run(database, urls, sql, tenancy, clients);
      log(
        `${database}, ${String(urls.length)} instance(s), ${tenancy}, ${String(clients)} clients: ${row.perSecond.toFixed(0)}/s, p99 ${row.p99.toFixed(0)} ms`,
      );
      rows.push(row);
    }
  return rows;
};

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === 'object' && address !== null ? address.port : 0);
      });
    });
  });

// A service instance in a process of its own, as it is deployed.
const instance = async (databaseUrl: string, poolSize: number): Promise<{ url: string; child: ChildProcess }> => {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/service/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TOKEN_SECRET: SECRET,
      PORT: String(port),
      SEED: 'none',
      LOG_LEVEL: 'warn',
      POOL_SIZE: String(poolSize),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${String(port)}`;
  for (let tries = 0; tries < 300; tries += 1) {
    try {
      if ((await fetch(`${url}/health`)).status === 200) return { url, child };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('an instance did not start');
};

const seeded = async (store: PostgresStore): Promise<void> => {
  (await store.migrate())._unsafeUnwrap();
  (await store.seed(world))._unsafeUnwrap();
};

const rows: Row[] = [];

// PGlite: the service in this process, its database in it too.
{
  const db = await PGlite.create();
  const store = postgresStore(pglite(db));
  await seeded(store);
  const app = buildService({ store, secret: key });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  rows.push(
    ...(await runAll(
      'PGlite',
      [url],
      async (text, params) => (await db.query<Record<string, unknown>>(text, params)).rows,
    )),
  );
  await app.close();
  await db.close();
}

// Postgres: a throwaway local server unless LOAD_DATABASE_URL names one; instances as processes.
{
  const given = process.env['LOAD_DATABASE_URL'];
  const dir = mkdtempSync(join(tmpdir(), 'load-'));
  let databaseUrl = given;
  if (databaseUrl === undefined) {
    const started = spawnSync('bash', ['scripts/postgres.sh', 'start', dir, String(await freePort())], {
      cwd: root,
      encoding: 'utf8',
    });
    databaseUrl = started.status === 0 ? started.stdout.trim() : undefined;
    if (databaseUrl === undefined) log(`no local Postgres: ${started.stderr.trim()}; its rows are left out`);
  }
  if (databaseUrl !== undefined) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    await pool.query(`drop schema if exists ${SCHEMA} cascade`);
    await seeded(postgresStore(pgPool(pool)));
    const sql: Sql = async (text, params) => (await pool.query<Record<string, unknown>>(text, params)).rows;
    for (const count of [1, 2]) {
      const instances = await Promise.all(
        Array.from({ length: count }, () => instance(databaseUrl, CONNECTIONS / count)),
      );
      rows.push(
        ...(await runAll(
          'Postgres',
          instances.map(({ url }) => url),
          sql,
        )),
      );
      for (const { child } of instances) child.kill('SIGTERM');
      await Promise.all(instances.map(({ child }) => new Promise((resolve) => child.once('exit', resolve))));
    }
    await pool.end();
    if (given === undefined) spawnSync('bash', ['scripts/postgres.sh', 'stop', dir], { cwd: root });
  }
}

// The table, then the targets.
const header =
  '| database | instances | tenants | clients | accepted/s | p50 ms | p99 ms | retries/accepted | 503 | other | in the log once |';
process.stdout.write(`${header}\n|${' --: |'.repeat(11)}\n`);
for (const row of rows)
  process.stdout.write(
    `| ${row.database} | ${String(row.instances)} | ${row.tenancy} | ${String(row.clients)} | ${row.perSecond.toFixed(0)} | ${row.p50.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.retries.toFixed(2)} | ${String(row.busy)} | ${String(row.other)} | ${row.exactlyOnce ? 'yes' : 'NO'} |\n`,
  );

const verdicts: [string, boolean][] = [
  ['nothing lost or doubled, anywhere', rows.every((row) => row.exactlyOnce && row.other === 0)],
];
const postgres = rows.filter((row) => row.database === 'Postgres');
if (postgres.length > 0) {
  const cell = (instances: number, tenancy: Tenancy, clients: number) =>
    postgres.find((row) => row.instances === instances && row.tenancy === tenancy && row.clients === clients);
  const independent = postgres.filter((row) => row.instances === 1 && row.tenancy === 'independent');
  const best = Math.max(...independent.map((row) => row.perSecond));
  const at128 = cell(1, 'independent', 128);
  verdicts.push(
    [
      `Postgres, independent tenants, 128 clients: at least 0.8× the best level (${best.toFixed(0)}/s)`,
      (at128?.perSecond ?? 0) >= 0.8 * best,
    ],
    ['Postgres, independent tenants, 128 clients: p99 under 1 s', (at128?.p99 ?? Infinity) < 1000],
    [
      'Postgres, one agreement: no 503 and p99 under 2 s',
      postgres.filter((row) => row.tenancy === 'one agreement').every((row) => row.busy === 0 && row.p99 < 2000),
    ],
    [
      'Postgres, independent tenants, 128 clients: two instances at least as fast as one',
      (cell(2, 'independent', 128)?.perSecond ?? 0) >= (at128?.perSecond ?? Infinity),
    ],
  );
}
process.stdout.write('\n');
for (const [what, met] of verdicts) process.stdout.write(`- ${met ? 'met' : 'MISSED'}: ${what}\n`);
process.exit(verdicts.every(([, met]) => met) ? 0 : 1);
