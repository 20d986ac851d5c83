// `npm start`: the service on PGlite (an embedded Postgres, in memory or in PGLITE_DIR), or on a
// real Postgres when DATABASE_URL is set; see README.md for every setting. It makes its tables if
// they are not there, seeds an empty database, and stops gracefully on SIGTERM or SIGINT.
import { readFileSync } from 'node:fs';

import { PGlite } from '@electric-sql/pglite';
import { type Database, pglite, pgPool, postgresStore } from 'partner-account-rules/postgres';
import pg from 'pg';

import { buildService } from './service';

const env = process.env;
const fail = (message: string): never => {
  process.stderr.write(`${JSON.stringify({ level: 60, msg: message })}\n`);
  process.exit(1);
};

const secret = env['TOKEN_SECRET'] ?? '';
if (secret.length < 32) fail('set TOKEN_SECRET to at least 32 characters');

// The database: a pool of at most POOL_SIZE connections, which bounds the transactions at once.
const url = env['DATABASE_URL'];
const poolSize = Number(env['POOL_SIZE'] ?? 8);
let database: Database;
let closeDatabase: () => Promise<void>;
if (url === undefined) {
  const db = await PGlite.create(env['PGLITE_DIR']);
  database = pglite(db);
  closeDatabase = () => db.close();
} else {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  database = pgPool(pool);
  closeDatabase = () => pool.end();
}
const store = postgresStore(database, env['PG_SCHEMA'] === undefined ? {} : { schema: env['PG_SCHEMA'] });

// The seed: a snapshot (or a scenario file, whose world is taken), written to an empty database.
const seedFile = env['SEED'] ?? new URL('../../../scenarios/walkthrough.json', import.meta.url).pathname;
const migrated = await store.migrate();
if (migrated.isErr()) fail(`the tables could not be made: ${JSON.stringify(migrated.error)}`);
if (seedFile !== 'none') {
  const read = JSON.parse(readFileSync(seedFile, 'utf8')) as { readonly world?: unknown };
  const seeded = await store.seed(read.world ?? read);
  if (seeded.isErr()) fail(`the seed ${seedFile} was not taken: ${JSON.stringify(seeded.error).slice(0, 500)}`);
}

const app = buildService({
  store,
  secret: new TextEncoder().encode(secret),
  logger: { level: env['LOG_LEVEL'] ?? 'info' },
});
await app.listen({ port: Number(env['PORT'] ?? 3000), host: env['HOST'] ?? '127.0.0.1' });
app.log.info({ database: url === undefined ? 'PGlite' : 'Postgres', poolSize, seed: seedFile }, 'ready');

// Graceful shutdown: stop taking connections, finish the requests in flight, close the database.
// A second signal, or ten seconds, ends it at once.
const stop = async (signal: string): Promise<void> => {
  app.log.info({ signal }, 'stopping');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await app.close();
  await closeDatabase();
  process.exit(0);
};
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, (name) => void stop(name));
