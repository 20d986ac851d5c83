// `partner-account-rules/schema`: the JSON boundary. Reads untrusted JSON into the core's
// values with zod, building every ID, login and email through the core's smart constructors.
// Kept apart so that the core never pulls zod.
import type { Result } from 'neverthrow';
import * as z from 'zod';
import {
  ACTIONS,
  EMPTY_WORLD,
  MAX_RECORDS,
  accountShape,
  agreementShape,
  invitationShape,
  propertyShape,
  execute,
  eventShape,
  makeEvents,
  makeSnapshot,
  runScenario,
  type Action,
  type Command,
  type InvalidInput,
  type Scenario,
  type Shape,
  type WorldEvent,
  type WorldSnapshot,
} from 'partner-account-rules';
import { bodySchemas } from './bodies';
import { commandSchema } from './command';
import { eventsSchema } from './events';
import { parseWith } from './issues';
import { snapshotSchema } from './records';
import { onlyKnownKeys } from './shapes';
import { scenarioSchema } from './scenario';

export { bodySchemas, type BodySchemas } from './bodies';
export { commandSchema } from './command';
export { eventSchema, eventsSchema } from './events';
export { snapshotSchema } from './records';
export { scenarioSchema, EXPECTABLE_CODES } from './scenario';

// The core's checks of the same inputs, for large inputs and for what zod cannot finish (see
// parseWith). Each asks a public function that checks its input's shape before anything else.
// Only a malformed shape counts: records that do not fit together (a duplicate, a missing
// reference, a conflict) are for worldFrom to refuse, not for these parsers.
const BETWEEN_RECORDS: ReadonlySet<string> = new Set(['duplicate', 'unknown_reference', 'conflict']);
const isInvalid = (error: InvalidInput | { readonly code: string }): error is InvalidInput =>
  error.code === 'invalid_input';
const malformedOnly = (result: Result<unknown, InvalidInput | { readonly code: string }>): InvalidInput | null =>
  result.isErr() &&
  isInvalid(result.error) &&
  result.error.issues.some(({ path, problem }) => !BETWEEN_RECORDS.has(problem.code) && path[0] !== 'clock')
    ? result.error
    : null;
// The lists a snapshot file may leave out are there for the core, as the schema's defaults make them.
const LISTS = { agreements: [], properties: [], accounts: [], invitations: [] };
const withLists = (json: unknown): unknown =>
  typeof json === 'object' && json !== null && !Array.isArray(json) ? { ...LISTS, ...json } : json;
const checkSnapshot = (json: unknown): InvalidInput | null => malformedOnly(makeSnapshot(withLists(json)));
const checkCommand = (json: unknown): InvalidInput | null => malformedOnly(execute(EMPTY_WORLD, json as Command)); // checked by execute
const checkScenario = (json: unknown): InvalidInput | null => malformedOnly(runScenario(json as Scenario)); // checked by runScenario

/**
 * Reads a world snapshot from parsed JSON. Every problem comes back with its path in the input,
 * as `invalid_input`; nothing throws. Consistency between records is `worldFrom`'s to check.
 *
 * @example
 * parseSnapshot(JSON.parse(text)).andThen(worldFrom);
 */
export const parseSnapshot = (json: unknown): Result<WorldSnapshot, InvalidInput> => {
  // The short way for a snapshot the core accepts as it is, with no field the schema does not
  // know: zod would accept it too and give an equal copy, so the core's copy is the answer, its
  // records trusted (worldFrom does not check them again). Anything else goes through zod.
  const core = shortWay(
    () => makeSnapshot(withLists(json)),
    () => knownKeysOnly(json),
  );
  return core ?? parseWith(snapshotSchema, json, checkSnapshot);
};

const listOf = (item: Shape): Shape => ({ type: 'list', item, max: MAX_RECORDS });
// The core's answer when it accepts the input and no field is unknown; else `null`, and zod
// reads the input. Anything that throws on the way (a getter, a revoked proxy) is zod's to report.
const shortWay = <T>(core: () => Result<T, InvalidInput>, known: () => boolean): Result<T, InvalidInput> | null => {
  try {
    const answer = core();
    return answer.isOk() && known() ? answer : null;
  } catch {
    return null;
  }
};

const SNAPSHOT_LISTS: Readonly<Record<string, Shape>> = {
  agreements: listOf(agreementShape),
  properties: listOf(propertyShape),
  accounts: listOf(accountShape),
  invitations: listOf(invitationShape),
};
const knownKeysOnly = (json: unknown): boolean => {
  if (typeof json !== 'object' || json === null) return false;
  for (const key in json) {
    if (key === 'clock') continue;
    const shape = Object.hasOwn(SNAPSHOT_LISTS, key) ? SNAPSHOT_LISTS[key] : undefined;
    if (shape === undefined || !onlyKnownKeys(shape, Reflect.get(json, key))) return false;
  }
  return true;
};

const EVENTS: Shape = { type: 'list', item: eventShape, max: MAX_RECORDS };
const checkEvents = (json: unknown): InvalidInput | null => malformedOnly(makeEvents(json));

/**
 * Reads an event log from parsed JSON (the events `execute` answered, as a backend stored them):
 * `Ok` with the events in order, or `invalid_input` with every problem and its path. Whether they
 * fit a world is `replay`'s to check. An array the core accepts as it is, with no field the
 * schema does not know, is answered without zod, its records trusted.
 *
 * @example
 * parseEvents(rows.map((row) => row.event)).andThen((events) => replay(EMPTY_WORLD, events));
 */
export const parseEvents = (json: unknown): Result<readonly WorldEvent[], InvalidInput> => {
  const core = shortWay(
    () => makeEvents(json),
    () => onlyKnownKeys(EVENTS, json),
  );
  return core ?? parseWith(eventsSchema, json, checkEvents);
};

/**
 * Reads a command from parsed JSON: an action, its arguments, `actor` and `now`.
 *
 * @example
 * parseCommand({ action: 'remove_property', actor: { kind: 'account', id: 'anna' }, now: '2026-11-22T10:00:00Z', account: 'anna', property: 'h1' });
 */
export const parseCommand = (json: unknown): Result<Command, InvalidInput> =>
  parseWith(commandSchema, json, checkCommand);

/**
 * Reads a scenario file from parsed JSON.
 *
 * @example
 * parseScenario(JSON.parse(text)).andThen(runScenario);
 */
export const parseScenario = (json: unknown): Result<Scenario, InvalidInput> =>
  parseWith(scenarioSchema, json, checkScenario);

/** The name of the JSON Schema file of an action's request body, in `schemas/bodies/`. */
export type BodySchemaFile = `bodies/${Action}.schema.json`;

/** The names of the JSON Schema files the package ships in `schemas/`. */
export const JSON_SCHEMA_FILES: readonly (
  'snapshot.schema.json' | 'command.schema.json' | 'scenario.schema.json' | BodySchemaFile
)[] = Object.freeze([
  'snapshot.schema.json',
  'command.schema.json',
  'scenario.schema.json',
  ...ACTIONS.map((action): BodySchemaFile => `bodies/${action}.schema.json`),
]);

/**
 * The JSON Schemas of the inputs, generated from the zod schemas, by file name: what backends
 * in other languages validate the same files against, and what an OpenAPI document references
 * for each action's request body (`bodies/<action>.schema.json`).
 *
 * @example
 * JSON.stringify(jsonSchemas()['command.schema.json'], null, 2); // what schemas/command.schema.json holds
 */
export const jsonSchemas = (): { readonly [File in (typeof JSON_SCHEMA_FILES)[number]]: object } => {
  const bodies = Object.fromEntries(
    ACTIONS.map((action) => [`bodies/${action}.schema.json`, z.toJSONSchema(bodySchemas[action], { io: 'input' })]),
  );
  return {
    'snapshot.schema.json': z.toJSONSchema(snapshotSchema, { io: 'input' }),
    'command.schema.json': z.toJSONSchema(commandSchema, { io: 'input' }),
    'scenario.schema.json': z.toJSONSchema(scenarioSchema, { io: 'input' }),
    // One entry per action, named as BodySchemaFile names it.
    ...(bodies as { readonly [File in BodySchemaFile]: object }),
  };
};
