// What the store needs of a database, written as shapes rather than imports: `pg`'s pool and PGlite
// both fit, and the package depends on neither.

/** A row as the driver gives it: column names to values. */
export type Row = Readonly<Record<string, unknown>>;

/** Runs one statement with `$1`-style parameters: a `pg` client or pool, a PGlite instance or transaction. */
export interface Queryable {
  /** Runs `text` with `params` as `$1`, `$2`, …; resolves to the rows it returns. */
  query(text: string, params?: unknown[]): PromiseLike<{ readonly rows: readonly unknown[] }>;
}

/** How a transaction is run: whether it writes. */
export interface TransactionOptions {
  readonly readOnly: boolean;
}

/** Runs `work` in one transaction: committed when it resolves, rolled back when it rejects. */
export type Transaction = <T>(work: (tx: Queryable) => Promise<T>, options: TransactionOptions) => Promise<T>;

/**
 * A database the store runs its transactions on. `session` lends one connection for `use`, which
 * runs one transaction on it, or more, one after another: a transaction tried again after it met
 * another runs on the same connection, not at the back of the queue for one. Each transaction is
 * committed when its work resolves and rolled back when it rejects (the rejection is passed on).
 * Concurrent transactions must be SERIALIZABLE: the store's decisions rely on it. Make one with
 * {@link pgPool} or {@link pglite}, or write your own for another driver.
 */
export interface Database {
  /** Lends a connection to `use` until it settles, with the way to run transactions on it. */
  session<T>(use: (transaction: Transaction) => Promise<T>): Promise<T>;
}

/** What the store needs of a `pg` pool: `connect()` lends a client, `release()` gives it back. */
export interface PoolLike {
  /** Lends a client of the pool. */
  connect(): PromiseLike<Queryable & PooledClient>;
}

/** A client lent by a pool, given back when a transaction ends. */
export interface PooledClient {
  /** Gives the client back; with `true`, the pool closes it instead of lending it again. */
  release(destroy?: boolean | Error): void;
}

/**
 * A `pg` pool as a {@link Database}: each transaction on a client of its own, at SERIALIZABLE.
 * The pool's size bounds how many transactions run at once; requests beyond it wait for a client,
 * which keeps conflicts between them few however many requests come.
 *
 * @example
 * const store = postgresStore(pgPool(new pg.Pool({ connectionString, max: 8 })));
 */
export const pgPool = (pool: PoolLike): Database => ({
  async session(use) {
    const client = await pool.connect();
    let broken = false;
    const transaction: Transaction = async (work, { readOnly }) => {
      await client.query(
        readOnly ? 'begin isolation level serializable read only' : 'begin isolation level serializable',
      );
      try {
        const result = await work(client);
        await client.query('commit');
        return result;
      } catch (error) {
        try {
          await client.query('rollback');
        } catch {
          // The connection is gone: it is closed, not lent again.
          broken = true;
        }
        throw error;
      }
    };
    try {
      return await use(transaction);
    } finally {
      client.release(broken);
    }
  },
});

/** What the store needs of PGlite: its own `transaction`, which runs one at a time. */
export interface PGliteLike {
  /** Runs `work` in a transaction, after any other running on the database has ended. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
}

/**
 * A PGlite database as a {@link Database}. PGlite has one connection and runs one transaction at
 * a time, which is serializable by construction.
 *
 * @example
 * const store = postgresStore(pglite(await PGlite.create()));
 */
export const pglite = (db: PGliteLike): Database => ({
  session: (use) => use((work) => db.transaction(work)),
});
