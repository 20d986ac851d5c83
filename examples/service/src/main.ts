// `npm start`: the service on PGlite (an embedded Postgres, in memory or in PGLITE_DIR), or on a
// real Postgres when DATABASE_URL is set. The world starts from the walkthrough's snapshot.
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { buildService } from './service';
import { eventStore, type Sql } from './store';

const secret = process.env['TOKEN_SECRET'];
if (secret === undefined || secret.length < 32) throw new Error('set TOKEN_SECRET to at least 32 characters');
const url = process.env['DATABASE_URL'];
const sql: Sql = url === undefined ? new PGlite(process.env['PGLITE_DIR']) : new pg.Pool({ connectionString: url });
const scenario = JSON.parse(readFileSync(new URL('../../../scenarios/walkthrough.json', import.meta.url), 'utf8')) as {
  readonly world: unknown;
};

const app = await buildService({
  store: eventStore(sql),
  seed: scenario.world,
  secret: new TextEncoder().encode(secret),
});
const address = await app.listen({
  port: Number(process.env['PORT'] ?? 3000),
  host: process.env['HOST'] ?? '127.0.0.1',
});
process.stdout.write(`listening on ${address} (${url === undefined ? 'PGlite' : 'Postgres'})\n`);
