import { PGlite } from '@electric-sql/pglite';
import { type Database, pglite, pgPool, type PostgresStore, postgresStore } from 'partner-account-rules/postgres';
import pg from 'pg';
import { expect } from 'vitest';

// The databases the store's tests run on: PGlite always (an embedded Postgres, one per test file),
// and a real Postgres when TEST_DATABASE_URL names one (CI starts one: .ci/run). On a shared
// server each test file keeps to a schema of its own, so files running at once do not meet.

/** One database, opened for one test file. */
export interface Opened {
  readonly database: Database;
  /** Runs one statement outside the store, as an operator would. */
  readonly sql: (text: string, params?: unknown[]) => Promise<readonly Record<string, unknown>[]>;
  readonly close: () => Promise<void>;
}

/** A database the tests can open. */
export interface Backend {
  readonly name: string;
  readonly open: (schema: string) => Promise<Opened>;
}

const url = process.env['TEST_DATABASE_URL'];

const pgliteBackend: Backend = {
  name: 'PGlite',
  open: async () => {
    const db = await PGlite.create();
    return {
      database: pglite(db),
      sql: async (text, params) => (await db.query<Record<string, unknown>>(text, params)).rows,
      close: () => db.close(),
    };
  },
};

const postgresBackend = (connectionString: string): Backend => ({
  name: 'Postgres',
  open: async (schema) => {
    const pool = new pg.Pool({ connectionString, max: 8 });
    await pool.query(`drop schema if exists ${schema} cascade`);
    return {
      database: pgPool(pool),
      sql: async (text, params) => (await pool.query<Record<string, unknown>>(text, params)).rows,
      close: async () => {
        await pool.query(`drop schema if exists ${schema} cascade`);
        await pool.end();
      },
    };
  },
});

/** The databases to test on: PGlite, and Postgres when TEST_DATABASE_URL is set. */
export const BACKENDS: readonly Backend[] = [pgliteBackend, ...(url === undefined ? [] : [postgresBackend(url)])];

/** Empties every table of `schema`, for the next test. */
export const emptied = async (opened: Opened, schema: string): Promise<void> => {
  await opened.sql(
    `truncate ${['agreements', 'properties', 'accounts', 'access', 'invitations', 'events', 'requests']
      .map((table) => `${schema}.${table}`)
      .join(', ')} restart identity cascade`,
  );
};

/** Opens `backend` for a test file, with a store on `schema` whose tables are made. */
export const openStore = async (
  backend: Backend,
  schema: string,
): Promise<{ readonly opened: Opened; readonly store: PostgresStore }> => {
  const opened = await backend.open(schema);
  const store = postgresStore(opened.database, { schema });
  expect((await store.migrate()).isOk()).toBe(true);
  return { opened, store };
};
