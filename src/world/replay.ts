import { err, ok, type Result } from 'neverthrow';
import { arrayOf, guard } from '../guard/check';
import { MAX_RECORDS } from '../guard/values';
import type { InvalidInput } from '../values/problem';
import { applyEvent, isWorldEvent, type WorldEvent } from './event';
import { inBatch, isWorld, worldOf, type World } from './world';

const parseEvents = guard(arrayOf(isWorldEvent, MAX_RECORDS));

/**
 * The world after `events`, applied in order to `world`: the world that executing their
 * commands produced. Nothing is decided again; each event carries its records. Events read back
 * from storage are checked first; a malformed one is `invalid_input` with its path.
 *
 * @example
 * const { world: next, events } = execute(world, command)._unsafeUnwrap();
 * replay(world, events); // ok(a world equal to next)
 */
export const replay = (world: World, events: readonly WorldEvent[]): Result<World, InvalidInput> => {
  if (!isWorld(world)) return err({ code: 'invalid_input', issues: [{ path: ['world'], problem: { code: 'not_a_world' } }] });
  // Many events: one batch, so the maps write into the nodes it makes instead of copying paths.
  return parseEvents(events).andThen((valid) => ok<World, InvalidInput>(worldOf(inBatch(world.tables, (open) => valid.reduce(applyEvent, open)))));
};
