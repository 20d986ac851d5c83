// `npm run scale`: builds worlds of 1,000 and 100,000 properties (2 accounts and 10 grants per
// property) and executes commands on them, printing the time per command and the heap used.
// A measurement, not a test: run it with `node --expose-gc` (the npm script does).
import { execute, worldFrom, type Command, type World } from '../src/index';
import type { Result } from 'neverthrow';
import { accountId, accessRights, displayName, email, invitationId, legalEntityId, loginName } from '../src/index';
import { NOW, accountOf, grantsIn, propertyOf, snapshotOfSize, PROPERTIES_PER_AGREEMENT } from './worldOfSize';

const gc = (): void => {
  const collect: unknown = Reflect.get(globalThis, 'gc');
  if (typeof collect === 'function') Reflect.apply(collect, globalThis, []);
};
const heapMb = (): number => process.memoryUsage().heapUsed / 1e6;

const FIRST_AGREEMENT = legalEntityId(1)._unsafeUnwrap();

// Commands on a spread of properties: half allowed, half refused, one of each kind of change.
const commandsFor = (properties: number, count: number): Command[] =>
  Array.from({ length: count }, (_, index): Command => {
    const p = (index * 104_729) % properties;
    const primary = accountOf(Math.floor(p / PROPERTIES_PER_AGREEMENT));
    const actor = { kind: 'account', id: primary } as const;
    const tag = String(index);
    switch (index % 4) {
      case 0:
        return {
          action: 'invite', actor, now: NOW, property: propertyOf(p),
          invitee: { id: invitationId(`i${tag}`)._unsafeUnwrap(), name: displayName(`Guest ${tag}`)._unsafeUnwrap(), email: email(`guest.${tag}@example.com`)._unsafeUnwrap(), rights: accessRights(['inbox'])._unsafeUnwrap() },
        };
      case 1:
        return { action: 'remove_property', actor, now: NOW, account: primary, property: propertyOf(p) };
      case 2:
        return {
          action: 'create_user', actor, now: NOW, property: propertyOf(p),
          user: { id: accountId(`new${tag}`)._unsafeUnwrap(), login: loginName(`new.${tag}`)._unsafeUnwrap(), email: email(`new.${tag}@example.com`)._unsafeUnwrap(), name: displayName(`New ${tag}`)._unsafeUnwrap(), rights: accessRights(['finance'])._unsafeUnwrap() },
        };
      default:
        return { action: 'add_property', actor, now: NOW, agreement: FIRST_AGREEMENT, property: propertyOf((p + 1) % properties), origin: { kind: 'existing_listing' } };
    }
  });

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const measure = (properties: number): void => {
  gc();
  const before = heapMb();
  const started = performance.now();
  const snapshot = snapshotOfSize(properties);
  const made = performance.now();
  gc();
  const withSnapshot = heapMb();
  const built: Result<World, unknown> = worldFrom(snapshot);
  const world = built._unsafeUnwrap();
  const ready = performance.now();
  gc();
  const heap = heapMb() - withSnapshot;
  const commands = commandsFor(properties, 20_000);
  let accepted = 0;
  for (const command of commands.slice(0, 2_000)) accepted += execute(world, command).match(() => 0, () => 0); // warm-up
  const rounds: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const start = performance.now();
    for (const command of commands) accepted += execute(world, command).match(() => 1, () => 0);
    rounds.push(((performance.now() - start) * 1000) / commands.length);
  }
  console.log(
    `${properties.toLocaleString('en')} properties, ${snapshot.accounts.length.toLocaleString('en')} accounts, ${grantsIn(snapshot).toLocaleString('en')} grants:` +
      ` snapshot made in ${(made - started).toFixed(0)} ms, world built and checked in ${(ready - made).toFixed(0)} ms;` +
      ` heap: snapshot ${(withSnapshot - before).toFixed(0)} MB, world ${heap.toFixed(0)} MB more;` +
      ` execute median ${median(rounds).toFixed(2)} µs/command over 5 rounds of ${commands.length.toLocaleString('en')} (${String(accepted / 5)} accepted per round)`,
  );
};

for (const size of [1_000, 100_000]) measure(size);
