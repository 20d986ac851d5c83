import { readFileSync } from 'node:fs';

import { PGlite } from '@electric-sql/pglite';
import { commandFromBody } from 'partner-account-rules/http';
import { pglite, postgresStore } from 'partner-account-rules/postgres';

// PGlite here; a real Postgres is `pgPool(new pg.Pool({ connectionString, max: 8 }))`.
const db = await PGlite.create();
const store = postgresStore(pglite(db));
// The tables, with unique logins and one primary account per agreement as constraints.
if ((await store.migrate()).isErr()) throw new Error('the tables could not be made');
const walkthrough = JSON.parse(readFileSync(new URL('../scenarios/walkthrough.json', import.meta.url), 'utf8')) as {
  readonly world: unknown;
};
// Written only to an empty database.
if ((await store.seed(walkthrough.world)).isErr()) throw new Error('the walkthrough does not load');

// What a route makes of a request: the body, the verified actor, the server's clock and a new ID.
const createErik = (newId: string) =>
  commandFromBody(
    'create_user',
    {
      property: 'nordlys-harbour',
      user: { login: 'erik.night', email: 'erik@nordlys.example', name: 'Erik Natt', rights: ['reservations'] },
    },
    { actor: { kind: 'account', id: 'acc-astrid' }, now: '2026-11-22T10:00:00Z', newId: () => newId },
  );
const command = createErik('acc-erik');
if (command.isErr()) throw new Error('the body is not a command');

// The same request twice under one idempotency key: applied once, answered alike.
const request = { key: 'erik-1', fingerprint: 'a hash of the request as the client sent it' };
for (const attempt of [1, 2]) {
  const stored = await store.execute(command.value, request);
  if (stored.isOk()) console.log(attempt, stored.value.rules, stored.value.positions, stored.value.replayed);
}
// A new request for the same person is decided on what the tables hold now.
const again = createErik('acc-erik-2');
if (again.isOk()) {
  const stored = await store.execute(again.value);
  if (stored.isErr()) console.log(stored.error.code);
}
await db.close();
