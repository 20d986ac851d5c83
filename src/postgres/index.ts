// `partner-account-rules/postgres`: the reference world's decisions on tables in Postgres, for a
// backend whose instances share one database. It imports the core by the package's name and no
// driver: hand it a `pg` pool or a PGlite database (see client.ts).

export {
  pgPool,
  pglite,
  type Database,
  type PGliteLike,
  type PooledClient,
  type PoolLike,
  type Queryable,
  type Transaction,
  type TransactionOptions,
} from './client';
export {
  postgresStore,
  type LoggedEvent,
  type PostgresStore,
  type RequestKey,
  type StoreFailure,
  type StoreOptions,
  type Stored,
} from './store';
