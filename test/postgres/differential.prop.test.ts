import fc from 'fast-check';
import {
  execute,
  permittedActions,
  permittedActionsByProperty,
  snapshotOf,
  type World,
  worldFrom,
  type WorldSnapshot,
} from 'partner-account-rules';
import type { PostgresStore } from 'partner-account-rules/postgres';
import { parseCommand, parseSnapshot } from 'partner-account-rules/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { dated, START, START_SNAPSHOT, timedCommand } from '../world/commands';
import { BACKENDS, emptied, type Opened, openStore } from './databases';

// The same generated command sequences through the reference world and through the store: every
// answer alike (the whole rejection, or the rules and events of an acceptance), the same records
// at the end, and the same permissions for an actor about a property. Time only moves forward
// here: the store keeps no clock (see docs/backend.md). A failure prints the seed that replays it.

const SCHEMA = 'differential_test';
const start: WorldSnapshot = parseSnapshot(START_SNAPSHOT)._unsafeUnwrap();
const byId = <T extends { readonly id: string }>(records: readonly T[]): T[] =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const recordsOf = (snapshot: WorldSnapshot) => ({
  agreements: [...snapshot.agreements].sort((a, b) => a.leid - b.leid),
  properties: byId(snapshot.properties),
  accounts: byId(snapshot.accounts),
  invitations: byId(snapshot.invitations),
});

const forward = fc
  .array(timedCommand, { maxLength: 25 })
  .map((timed) => timed.map((next) => ({ ...next, hours: Math.abs(next.hours) })));
const asker = fc.constantFrom<Readonly<Record<string, string>>>(
  { kind: 'platform' },
  { kind: 'account', id: 'p1' },
  { kind: 'account', id: 'p2' },
  { kind: 'account', id: 'u1' },
  { kind: 'account', id: 'u2' },
  { kind: 'invitee', invitation: 'i1' },
);
const about = fc.constantFrom(undefined, 'h1', 'h2', 'h3', 'h4', 'h5');

describe.each(BACKENDS)('the store on $name and the reference world', (backend) => {
  let opened: Opened;
  let store: PostgresStore;

  beforeAll(async () => {
    ({ opened, store } = await openStore(backend, SCHEMA));
  }, 60_000);
  afterAll(() => opened.close());

  it('answer the same generated commands alike, and end with the same records, permissions and listings', async () => {
    await fc.assert(
      fc.asyncProperty(forward, asker, about, async (timed, actor, property) => {
        await emptied(opened, SCHEMA);
        expect((await store.seed(start)).isOk()).toBe(true);
        let world: World = worldFrom(start)._unsafeUnwrap();
        for (const next of timed) {
          const command = parseCommand(dated(next, snapshotOf(world).clock ?? START));
          if (command.isErr()) continue;
          const inWorld = execute(world, command.value);
          const stored = await store.execute(command.value);
          if (inWorld.isOk()) {
            const { rules, events } = stored._unsafeUnwrap();
            expect({ rules, events }).toStrictEqual({ rules: inWorld.value.rules, events: inWorld.value.events });
            world = inWorld.value.world;
          } else expect(stored._unsafeUnwrapErr()).toStrictEqual(inWorld.error);
        }
        expect(recordsOf((await store.snapshot())._unsafeUnwrap())).toStrictEqual(recordsOf(snapshotOf(world)));
        const now = snapshotOf(world).clock ?? START;
        expect(await store.permittedActions(actor, now, property)).toStrictEqual(
          permittedActions(world, actor as never, now as never, property as never),
        );
        const listing = ['h1', 'h2', 'h3', 'h4', 'h5', 'nowhere'];
        expect(await store.permittedActionsByProperty(actor, now, listing)).toStrictEqual(
          permittedActionsByProperty(world, actor as never, now as never, listing as never),
        );
      }),
      { numRuns: Number(process.env['FC_NUM_RUNS'] ?? 40) },
    );
  }, 300_000);
});
