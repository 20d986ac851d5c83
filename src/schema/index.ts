// `partner-account-rules/schema`: the JSON boundary. Reads untrusted JSON into the core's
// values with zod, building every ID, login and email through the core's smart constructors.
// Kept apart so that the core never pulls zod.
import type { Result } from 'neverthrow';
import * as z from 'zod';
import {
  EMPTY_WORLD,
  MAX_RECORDS,
  accountShape,
  agreementShape,
  invitationShape,
  propertyShape,
  execute,
  makeSnapshot,
  runScenario,
  type Command,
  type InvalidInput,
  type Scenario,
  type Shape,
  type WorldSnapshot,
} from 'partner-account-rules';
import { commandSchema } from './command';
import { parseWith } from './issues';
import { snapshotSchema } from './records';
import { onlyKnownKeys } from './shapes';
import { scenarioSchema } from './scenario';

export { commandSchema } from './command';
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
  const core = makeSnapshot(withLists(json));
  if (core.isOk() && knownKeysOnly(json)) return core;
  return parseWith(snapshotSchema, json, checkSnapshot);
};

const listOf = (item: Shape): Shape => ({ type: 'list', item, max: MAX_RECORDS });
const SNAPSHOT_LISTS: Readonly<Record<string, Shape>> = {
  agreements: listOf(agreementShape),
  properties: listOf(propertyShape),
  accounts: listOf(accountShape),
  invitations: listOf(invitationShape),
};
const knownKeysOnly = (json: unknown): boolean => {
  try {
    if (typeof json !== 'object' || json === null) return false;
    for (const key in json) {
      if (key === 'clock') continue;
      const shape = Object.hasOwn(SNAPSHOT_LISTS, key) ? SNAPSHOT_LISTS[key] : undefined;
      if (shape === undefined || !onlyKnownKeys(shape, Reflect.get(json, key))) return false;
    }
    return true;
  } catch {
    return false; // an input that throws when read again is zod's to report
  }
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

/** The names of the JSON Schema files the package ships in `schemas/`. */
export const JSON_SCHEMA_FILES = ['snapshot.schema.json', 'command.schema.json', 'scenario.schema.json'] as const;

/**
 * The JSON Schemas of the inputs, generated from the zod schemas, by file name: what backends
 * in other languages validate the same files against.
 *
 * @example
 * JSON.stringify(jsonSchemas()['command.schema.json'], null, 2); // what schemas/command.schema.json holds
 */
export const jsonSchemas = (): { readonly [File in (typeof JSON_SCHEMA_FILES)[number]]: object } => ({
  'snapshot.schema.json': z.toJSONSchema(snapshotSchema, { io: 'input' }),
  'command.schema.json': z.toJSONSchema(commandSchema, { io: 'input' }),
  'scenario.schema.json': z.toJSONSchema(scenarioSchema, { io: 'input' }),
});
