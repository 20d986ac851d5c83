import { err, ok, type Result } from 'neverthrow';
import {
  type CommandRejection,
  decideWith,
  type InputIssue,
  type InvalidInput,
  type Lookup,
  type LookupFailure,
  makeSnapshot,
  type NonEmptyArray,
  parseEvents,
  parseSnapshot,
  type Permission,
  permittedByPropertyWith,
  permittedWith,
  type PropertyPermissions,
  receivedType,
  RULE_IDS,
  type RuleId,
  type WorldEvent,
  worldFrom,
  type WorldRejection,
  type WorldSnapshot,
} from 'partner-account-rules';

import { answer, write, writers } from './answers';
import type { Database, Queryable, Transaction } from './client';
import { accountOf, agreementOf, columnOf, invitationOf, propertyOf } from './records';
import { SCHEMA_NAME, schemaStatements } from './schema';
import { seedStatements } from './seed';

/** How the store runs: where its tables are, and how it retries a transaction that met another. */
export interface StoreOptions {
  /** The Postgres schema of the tables: a plain lower-case identifier. Default `partner_accounts`. */
  readonly schema?: string;
  /** How many times a transaction is tried before the store gives up (`store_busy`). Default 12. */
  readonly maxAttempts?: number;
  /** The longest wait between two attempts, in milliseconds; the waits grow to it from 1 ms. Default 100. */
  readonly maxBackoffMs?: number;
  /** Waits `ms` milliseconds; default a timer. For tests. */
  readonly wait?: (ms: number) => Promise<void>;
  /** A number in [0, 1) that spreads the waits apart; default `Math.random`. For tests. */
  readonly random?: () => number;
}

/**
 * Why the store did not answer:
 * - `store_busy`: every attempt met a concurrent transaction (serialization failure, deadlock, a
 *   key written at the same moment); the request may be sent again;
 * - `store_failed`: the database failed (`cause` is its error);
 * - `store_corrupt`: a row is not a record the library would make (`issues` say where);
 * - `idempotency_key_reused`: the key was used before for a different request;
 * - `invalid_option`: an option of {@link postgresStore} is not one it takes.
 */
export type StoreFailure =
  | { readonly code: 'store_busy'; readonly attempts: number }
  | { readonly code: 'store_failed'; readonly attempts: number; readonly cause: unknown }
  | {
      readonly code: 'store_corrupt';
      readonly lookup: Lookup['kind'] | 'snapshot' | 'events';
      readonly issues: readonly InputIssue[];
    }
  | { readonly code: 'idempotency_key_reused'; readonly key: string }
  | { readonly code: 'invalid_option'; readonly option: string };

/** A command the store carried out, or had carried out before under the same idempotency key. */
export interface Stored {
  readonly rules: NonEmptyArray<RuleId>;
  readonly events: readonly WorldEvent[];
  /** Each event's position in the log. */
  readonly positions: readonly number[];
  /** How many transactions it took: more than one when another met it first. */
  readonly attempts: number;
  /** Whether the answer is the one given before under the same key, nothing applied again. */
  readonly replayed: boolean;
}

/** An idempotency key: a request retried under the same key is carried out once. */
export interface RequestKey {
  /** The client's key for the request (1 to 200 characters). */
  readonly key: string;
  /** What the request was, as the caller tells it apart (a hash of its action, actor and body). */
  readonly fingerprint: string;
}

/** One event of the log, with its position. */
export interface LoggedEvent {
  readonly position: number;
  readonly event: WorldEvent;
}

const RETRYABLE = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '23505', // unique_violation: a key written by a concurrent transaction
]);

const codeOf = (error: unknown): unknown => {
  try {
    return typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  } catch {
    return undefined;
  }
};

// Ends a transaction with a rollback and an answer: a refusal, a replay found, or corrupt rows.
class Rollback<T> extends Error {
  constructor(readonly outcome: T) {
    super('rolled back with an answer');
  }
}

// The rules recorded with a request: a non-empty list of the catalog's rule IDs.
const KNOWN_RULES: ReadonlySet<unknown> = new Set(RULE_IDS);
const areRuleIds = (value: unknown): value is NonEmptyArray<RuleId> =>
  Array.isArray(value) && value.length > 0 && value.every((rule) => KNOWN_RULES.has(rule));

const DEFAULT_SCHEMA = 'partner_accounts';
const MAX_KEY_LENGTH = 200;
const MAX_FINGERPRINT_LENGTH = 1_000;

const timer = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    (globalThis as unknown as { setTimeout(run: () => void, ms: number): unknown }).setTimeout(resolve, ms);
  });

const positiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

// A key or fingerprint: a non-empty string of at most `max` characters.
const textIssues = (value: unknown, path: readonly string[], max: number): InputIssue[] => {
  if (typeof value !== 'string')
    return [{ path, problem: { code: 'wrong_type', expected: ['string'], received: receivedType(value) } }];
  if (value.length === 0) return [{ path, problem: { code: 'empty' } }];
  return value.length > max ? [{ path, problem: { code: 'too_long', max, length: value.length } }] : [];
};

/**
 * The reference world's decisions, on tables in Postgres: each command in one SERIALIZABLE
 * transaction that answers its lookups with queries, writes the records it changes and appends its
 * events to the log, retried with growing, jittered waits when it meets another; each read of
 * permissions, the snapshot or the log in a read-only one. Nothing is held in memory between
 * calls: any number of instances may share the tables. Every method answers a Result and never
 * rejects.
 *
 * @example
 * const store = postgresStore(pgPool(new pg.Pool({ connectionString })));
 * await store.migrate();
 * const stored = await store.execute(command, { key: 'c0ffee', fingerprint: 'sha256 of the body' });
 */
export const postgresStore = (db: Database, options: StoreOptions = {}) => {
  const s = options.schema ?? DEFAULT_SCHEMA;
  const maxAttempts = options.maxAttempts ?? 12;
  const maxBackoffMs = options.maxBackoffMs ?? 100;
  const wait = options.wait ?? timer;
  const random = options.random ?? Math.random;
  const optionProblem = !SCHEMA_NAME.test(s)
    ? 'schema'
    : !positiveInteger(maxAttempts)
      ? 'maxAttempts'
      : !(maxBackoffMs >= 0)
        ? 'maxBackoffMs'
        : null;
  const statements = writers(s);

  // Runs `work` in a transaction, again after a conflict, on one connection; a Rollback ends it
  // with its outcome.
  const attempt = async <T>(
    work: (tx: Queryable) => Promise<T>,
    readOnly: boolean,
  ): Promise<Result<{ readonly value: T; readonly attempts: number }, StoreFailure>> => {
    if (optionProblem !== null) return err({ code: 'invalid_option', option: optionProblem });
    const run = async (transaction: Transaction): Promise<Result<{ value: T; attempts: number }, StoreFailure>> => {
      for (let attempts = 1; ; attempts += 1) {
        try {
          return ok({ value: await transaction(work, { readOnly }), attempts });
        } catch (error) {
          if (error instanceof Rollback) return ok({ value: error.outcome as T, attempts });
          if (!RETRYABLE.has(codeOf(error) as string)) return err({ code: 'store_failed', attempts, cause: error });
          if (attempts >= maxAttempts) return err({ code: 'store_busy', attempts });
          // Full jitter: a wait anywhere up to a limit that doubles each time, so that transactions
          // that met once are unlikely to meet again.
          await wait(random() * Math.min(maxBackoffMs, 2 ** (attempts - 1)));
        }
      }
    };
    try {
      return await db.session(run);
    } catch (error) {
      // No connection to be had.
      return err({ code: 'store_failed', attempts: 0, cause: error });
    }
  };

  // The lookups' answers from the tables; a failed query rolls the transaction back.
  const answerIn = (tx: Queryable) => (lookup: Lookup) => answer(tx, s, lookup);

  const corruptOrThrow = (failure: LookupFailure): never => {
    if (failure.reason === 'threw') throw failure.cause;
    throw new Rollback<Outcome>({
      kind: 'corrupt',
      failure: { code: 'store_corrupt', lookup: failure.lookup, issues: failure.issues },
    });
  };

  type Outcome =
    | {
        readonly kind: 'accepted';
        readonly rules: NonEmptyArray<RuleId>;
        readonly events: readonly WorldEvent[];
        readonly positions: readonly number[];
        readonly replayed: boolean;
      }
    | { readonly kind: 'refused'; readonly rejection: CommandRejection }
    | { readonly kind: 'corrupt'; readonly failure: StoreFailure };

  const isLookupFailure = (rejection: CommandRejection | LookupFailure): rejection is LookupFailure =>
    rejection.code === 'lookup_failed';

  // The answer given before under `key`, or a refusal of a key used for another request.
  const replayed = async (tx: Queryable, request: RequestKey): Promise<Outcome> => {
    const row = (await tx.query(`select fingerprint, rules from ${s}.requests where key = $1`, [request.key])).rows[0];
    if (columnOf(row, 'fingerprint') !== request.fingerprint)
      return { kind: 'corrupt', failure: { code: 'idempotency_key_reused', key: request.key } };
    const logged = await tx.query(`select seq, event from ${s}.events where request = $1 order by seq`, [request.key]);
    const events = parseEvents(logged.rows.map((event) => columnOf(event, 'event')));
    const rules = columnOf(row, 'rules');
    if (events.isErr() || !areRuleIds(rules))
      return {
        kind: 'corrupt',
        failure: { code: 'store_corrupt', lookup: 'events', issues: events.isErr() ? events.error.issues : [] },
      };
    return {
      kind: 'accepted',
      rules,
      events: events.value,
      positions: logged.rows.map((event) => Number(columnOf(event, 'seq'))),
      replayed: true,
    };
  };

  const carryOut = async (tx: Queryable, command: unknown, request: RequestKey | undefined): Promise<Outcome> => {
    if (request !== undefined) {
      // Claimed first, so that a concurrent request under the same key waits for this one.
      const claimed = await tx.query(
        `insert into ${s}.requests (key, fingerprint, rules) values ($1, $2, '{}') on conflict (key) do nothing returning key`,
        [request.key, request.fingerprint],
      );
      if (claimed.rows.length === 0) {
        const outcome = await replayed(tx, request);
        if (outcome.kind === 'accepted') return outcome;
        throw new Rollback(outcome);
      }
    }
    const decided = await decideWith(command, answerIn(tx));
    if (decided.isErr()) {
      const rejection = decided.error;
      if (isLookupFailure(rejection)) return corruptOrThrow(rejection);
      const refused: Outcome = { kind: 'refused', rejection };
      // A refusal writes nothing: the claim of its key goes with the rollback.
      if (request !== undefined) throw new Rollback(refused);
      return refused;
    }
    const { rules, events, writes } = decided.value;
    for (const change of writes) await write(tx, statements, change);
    const appended = await tx.query(
      `insert into ${s}.events (at, kind, event, request)
       select (e ->> 'at')::bigint, e ->> 'kind', e, $2 from jsonb_array_elements($1::jsonb) with ordinality as t (e, n)
       order by n returning seq`,
      [JSON.stringify(events), request?.key ?? null],
    );
    if (request !== undefined)
      await tx.query(`update ${s}.requests set rules = $2 where key = $1`, [request.key, [...rules]]);
    return {
      kind: 'accepted',
      rules,
      events,
      positions: appended.rows.map((row) => Number(columnOf(row, 'seq'))),
      replayed: false,
    };
  };

  // A question of permissions, its lookups answered in one read-only transaction.
  const permissionsFrom = async <T>(
    ask: (
      answer: (lookup: Lookup) => Promise<unknown>,
    ) => Promise<Result<T, WorldRejection | InvalidInput | LookupFailure>>,
  ): Promise<Result<T, WorldRejection | InvalidInput | StoreFailure>> => {
    const done = await attempt(async (tx) => {
      const answered = await ask(answerIn(tx));
      return answered.mapErr((failure) => (failure.code === 'lookup_failed' ? corruptOrThrow(failure) : failure));
    }, true);
    if (done.isErr()) return err(done.error);
    return done.value.value;
  };

  const requestIssues = (request: RequestKey | undefined): InputIssue[] => {
    if (request === undefined) return [];
    try {
      const { key, fingerprint } = request;
      return [
        ...textIssues(key, ['request', 'key'], MAX_KEY_LENGTH),
        ...textIssues(fingerprint, ['request', 'fingerprint'], MAX_FINGERPRINT_LENGTH),
      ];
    } catch {
      return [{ path: ['request'], problem: { code: 'unreadable' } }];
    }
  };

  return {
    /** Makes the schema and its tables, or leaves them as they are; safe to run from every instance at start. */
    async migrate(): Promise<Result<void, StoreFailure>> {
      const done = await attempt(async (tx) => {
        // One instance at a time: concurrent CREATEs of one table collide in the catalog.
        await tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [`partner-account-rules:${s}`]);
        for (const statement of schemaStatements(s)) await tx.query(statement);
      }, false);
      return done.map(() => undefined);
    },

    /**
     * Stores `snapshot`'s records when the store holds none (a fresh database), and answers
     * whether it did. The snapshot is JSON, as `parseSnapshot` reads it, or one the library made;
     * it is checked whole first, as `worldFrom` checks it.
     */
    async seed(
      snapshot: unknown,
    ): Promise<Result<{ readonly seeded: boolean }, InvalidInput | WorldRejection | StoreFailure>> {
      const checked = parseSnapshot(snapshot);
      if (checked.isErr()) return err(checked.error);
      const world = worldFrom(checked.value);
      if (world.isErr()) return err(world.error);
      const records = checked.value;
      const done = await attempt(async (tx) => {
        const held = await tx.query(
          `select exists (select 1 from ${s}.agreements) or exists (select 1 from ${s}.properties)
             or exists (select 1 from ${s}.accounts) as held`,
        );
        if (columnOf(held.rows[0], 'held') === true) return false;
        for (const [text, rows] of seedStatements(s, records)) await tx.query(text, [JSON.stringify(rows)]);
        return true;
      }, false);
      return done.map(({ value }) => ({ seeded: value }));
    },

    /**
     * Carries out `command` as `execute` does, on the tables: decided on what they hold when its
     * transaction runs, its records written and its events logged in that transaction. With a
     * `request` key, a request sent again is answered as the first time (`replayed`), nothing
     * applied twice; a refused one is decided again, as a refusal changes nothing.
     * Rejection: what `execute` answers (but `time_went_backwards`: the store keeps no clock), or
     * a {@link StoreFailure}.
     */
    async execute(command: unknown, request?: RequestKey): Promise<Result<Stored, CommandRejection | StoreFailure>> {
      const [first, ...rest] = requestIssues(request);
      if (first !== undefined) return err({ code: 'invalid_input', issues: [first, ...rest] });
      const done = await attempt((tx) => carryOut(tx, command, request), false);
      if (done.isErr()) return err(done.error);
      const { value: outcome, attempts } = done.value;
      switch (outcome.kind) {
        case 'accepted':
          return ok({
            rules: outcome.rules,
            events: outcome.events,
            positions: outcome.positions,
            attempts,
            replayed: outcome.replayed,
          });
        case 'refused':
          return err(outcome.rejection);
        case 'corrupt':
          return err(outcome.failure);
      }
    },

    /**
     * What `actor` may do at `now` (about `property`), as `permittedActions` answers it, from the
     * tables. Each argument is checked as `permittedActions` checks it.
     */
    async permittedActions(
      actor: unknown,
      now: unknown,
      property?: unknown,
    ): Promise<Result<readonly Permission[], WorldRejection | InvalidInput | StoreFailure>> {
      return permissionsFrom((answer) => permittedWith({ actor, now, property }, answer));
    },

    /**
     * What `actor` may do at `now` at each of `properties`, as `permittedActionsByProperty` answers
     * it, from the tables, in one read-only transaction; what depends only on the actor is asked
     * once. Each argument is checked as `permittedActionsByProperty` checks it.
     */
    async permittedActionsByProperty(
      actor: unknown,
      now: unknown,
      properties: unknown,
    ): Promise<Result<readonly PropertyPermissions[], WorldRejection | InvalidInput | StoreFailure>> {
      return permissionsFrom((answer) => permittedByPropertyWith({ actor, now, properties }, answer));
    },

    /** Every record the tables hold, as a snapshot `worldFrom` takes, checked as it does. */
    async snapshot(): Promise<Result<WorldSnapshot, InvalidInput | StoreFailure>> {
      const done = await attempt(async (tx) => {
        const read = async (text: string) => (await tx.query(text)).rows;
        return {
          agreements: (await read(`select leid, status from ${s}.agreements order by leid`)).map(agreementOf),
          properties: (await read(`select id, link_kind, leid from ${s}.properties order by id`)).map(propertyOf),
          accounts: (await read(`select * from ${s}.accounts order by id`)).map(accountOf),
          invitations: (await read(`select * from ${s}.invitations order by id`)).map(invitationOf),
        };
      }, true);
      if (done.isErr()) return err(done.error);
      return makeSnapshot(done.value.value).mapErr((invalid): StoreFailure => ({
        code: 'store_corrupt',
        lookup: 'snapshot',
        issues: invalid.issues,
      }));
    },

    /** Whether the database answers and the tables are there: for a health check. */
    async ping(): Promise<Result<void, StoreFailure>> {
      const done = await attempt(async (tx) => {
        await tx.query(`select 1 from ${s}.requests limit 1`);
      }, true);
      return done.map(() => undefined);
    },

    /** The events of the log after position `after`, at most `limit` of them, in order. */
    async events(after = 0, limit = 1_000): Promise<Result<readonly LoggedEvent[], StoreFailure>> {
      if (!Number.isSafeInteger(after) || after < 0) return err({ code: 'invalid_option', option: 'after' });
      if (!positiveInteger(limit) || limit > 100_000) return err({ code: 'invalid_option', option: 'limit' });
      const done = await attempt(
        async (tx) =>
          (await tx.query(`select seq, event from ${s}.events where seq > $1 order by seq limit $2`, [after, limit]))
            .rows,
        true,
      );
      if (done.isErr()) return err(done.error);
      const rows = done.value.value;
      return parseEvents(rows.map((row) => columnOf(row, 'event')))
        .map((events) =>
          events.map((event, index): LoggedEvent => ({ position: Number(columnOf(rows[index], 'seq')), event })),
        )
        .mapErr((invalid): StoreFailure => ({ code: 'store_corrupt', lookup: 'events', issues: invalid.issues }));
    },
  };
};

/** The store {@link postgresStore} makes. */
export type PostgresStore = ReturnType<typeof postgresStore>;
