import fc from 'fast-check';
import { type CommandActor, execute, snapshotOf, type World, worldFrom } from 'partner-account-rules';
import { parseCommand, parseSnapshot } from 'partner-account-rules/schema';

import { dated, START, START_SNAPSHOT, timedCommand } from './commands';

/** Worlds made by generated command sequences from {@link START_SNAPSHOT}. */
export const worlds: fc.Arbitrary<World> = fc.array(timedCommand, { minLength: 0, maxLength: 25 }).map((timed) => {
  let world = worldFrom(parseSnapshot(START_SNAPSHOT)._unsafeUnwrap())._unsafeUnwrap();
  for (const next of timed) {
    const command = parseCommand(dated(next, snapshotOf(world).clock ?? START));
    if (command.isErr()) continue;
    const answer = execute(world, command.value);
    if (answer.isOk()) world = answer.value.world;
  }
  return world;
});

/** The seed that replays a failure, for assertion messages. */
export const seed = (): string => `FC_SEED=${String(fc.readConfigureGlobal().seed)}`;

/** Every actor of `world`: the platform, each account, each invitee. */
export const actorsOf = (world: World): CommandActor[] => {
  const { accounts, invitations } = snapshotOf(world);
  return [
    { kind: 'platform' },
    ...accounts.map(({ id }): CommandActor => ({ kind: 'account', id })),
    ...invitations.map(({ id }): CommandActor => ({ kind: 'invitee', invitation: id })),
  ] as CommandActor[];
};
