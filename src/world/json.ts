import type { Result } from 'neverthrow';

import { arrayOf, type Check, INVALID, object, optional, parserOf } from '../validation/check';
import { jsonCheckOf } from '../validation/shapes';
import { JSON_LEAVES } from '../validation/values';
import { MAX_RECORDS } from '../values/account';
import type { InvalidInput } from '../values/problem';
import { type Command, commandShape } from './command';
import { eventShape, type WorldEvent } from './event';
import { snapshotShape, type WorldSnapshot } from './snapshot';

// Reading JSON: untrusted input from a file, a request body or a log, read by the core's own
// checks of the shapes, each value built by its smart constructor, and any field a shape does not
// name refused at its path. One path for every input, whatever its size: what is accepted and why
// something is refused depend on the input's content alone. The zod schemas of
// `partner-account-rules/schema` read off the same shapes, and a test holds them to these answers.

// The snapshot's fields as JSON reads them, each off its shape; a list may be left out.
const { clock, agreements, properties, accounts, invitations } = snapshotShape.fields;
const snapshotJson = object(
  {
    clock: optional(jsonCheckOf(clock.item, JSON_LEAVES)),
    agreements: optional(jsonCheckOf(agreements, JSON_LEAVES)),
    properties: optional(jsonCheckOf(properties, JSON_LEAVES)),
    accounts: optional(jsonCheckOf(accounts, JSON_LEAVES)),
    invitations: optional(jsonCheckOf(invitations, JSON_LEAVES)),
  },
  { strict: true },
);

/** A world snapshot, read from JSON: lists left out are empty. */
export const snapshotFromJson: Check<WorldSnapshot> = (value, issues) => {
  const read = snapshotJson(value, issues);
  if (read === INVALID) return INVALID;
  return Object.freeze({
    ...(read.clock === undefined ? {} : { clock: read.clock }),
    agreements: read.agreements ?? Object.freeze([]),
    properties: read.properties ?? Object.freeze([]),
    accounts: read.accounts ?? Object.freeze([]),
    invitations: read.invitations ?? Object.freeze([]),
  });
};

/**
 * Reads a world snapshot from parsed JSON: every value built by its smart constructor (a login in
 * its compared form, a moment from ISO 8601 text), lists left out empty, every problem with its path
 * in the input as `invalid_input`, and a field no record has refused by name. Whether the records
 * fit together is `worldFrom`'s to check; the records it answers are checked, so `worldFrom` does
 * not check them again. Never throws.
 *
 * @example
 * parseSnapshot(JSON.parse(text)).andThen(worldFrom);
 */
export const parseSnapshot: (json: unknown) => Result<WorldSnapshot, InvalidInput> = parserOf(snapshotFromJson);

/** A command, read from JSON. */
export const commandFromJson: Check<Command> = jsonCheckOf(commandShape, JSON_LEAVES);

/**
 * Reads a command from parsed JSON: an action, its arguments, `actor` and `now`, every value built
 * by its smart constructor and every problem with its path, as {@link parseSnapshot} reads.
 *
 * @example
 * parseCommand({ action: 'remove_property', actor: { kind: 'account', id: 'anna' }, now: '2026-11-22T10:00:00Z', account: 'anna', property: 'h1' });
 */
export const parseCommand: (json: unknown) => Result<Command, InvalidInput> = parserOf(commandFromJson);

/**
 * Reads an event log from parsed JSON (the events `execute` answered, as a backend stored them):
 * the events in order, or `invalid_input` with every problem and its path. Whether they fit a world
 * is `replay`'s to check.
 *
 * @example
 * parseEvents(rows.map((row) => row.event)).andThen((events) => replay(EMPTY_WORLD, events));
 */
export const parseEvents: (json: unknown) => Result<readonly WorldEvent[], InvalidInput> = parserOf(
  arrayOf(jsonCheckOf(eventShape, JSON_LEAVES), MAX_RECORDS),
);
