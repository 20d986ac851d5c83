import type { WorldEvent } from 'partner-account-rules';

/** What the store needs of a Postgres client: PGlite and a `pg` pool both have it. */
export interface Sql {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

const field = (row: unknown, name: string): unknown =>
  typeof row === 'object' && row !== null ? Reflect.get(row, name) : undefined;

/** The events of the log from a version on, and the version they bring it to. */
export interface Read {
  readonly version: number;
  readonly events: readonly unknown[];
}

/** Whether an append landed, or found the log moved past the version it was decided on. */
export type Appended = 'appended' | 'conflict';

/**
 * The event log, one stream for the whole world: each event is a row numbered from 1, and the
 * number is the primary key. An append states the version it was decided on and writes the next
 * numbers in one statement: if another writer got there first, the key refuses the whole append
 * and nothing is written (optimistic concurrency).
 */
export const eventStore = (sql: Sql) => ({
  async migrate(): Promise<void> {
    await sql.query(
      'create table if not exists world_events (version bigint primary key, event jsonb not null, stored_at timestamptz not null default now())',
    );
  },

  async readFrom(after: number): Promise<Read> {
    const { rows } = await sql.query('select version, event from world_events where version > $1 order by version', [
      after,
    ]);
    const last = rows.at(-1);
    // bigint columns come back as text from pg, as numbers from PGlite.
    return {
      version: last === undefined ? after : Number(field(last, 'version')),
      events: rows.map((row) => field(row, 'event')),
    };
  },

  async append(decidedOn: number, events: readonly WorldEvent[]): Promise<Appended> {
    if (events.length === 0) return 'appended';
    const values = events.map((_, index) => `($${String(index * 2 + 1)}, $${String(index * 2 + 2)}::jsonb)`);
    const params = events.flatMap((event, index) => [decidedOn + index + 1, JSON.stringify(event)]);
    try {
      await sql.query(`insert into world_events (version, event) values ${values.join(', ')}`, params);
      return 'appended';
    } catch (error) {
      // 23505: unique_violation. Someone appended at these versions first.
      if (typeof error === 'object' && error !== null && Reflect.get(error, 'code') === '23505') return 'conflict';
      throw error;
    }
  },
});

/** The event log of {@link eventStore}. */
export type EventStore = ReturnType<typeof eventStore>;
