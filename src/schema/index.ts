// `partner-account-rules/schema`: the JSON boundary. Reads untrusted JSON into the core's
// values with zod, building every ID, login and email through the core's smart constructors.
// Kept apart so that the core never pulls zod.
import type { Result } from 'neverthrow';
import * as z from 'zod';
import type { Command, InvalidInput, Scenario, WorldSnapshot } from 'partner-account-rules';
import { commandSchema } from './command';
import { parseWith } from './issues';
import { snapshotSchema } from './records';
import { scenarioSchema } from './scenario';

export { commandSchema } from './command';
export { snapshotSchema } from './records';
export { scenarioSchema, EXPECTABLE_CODES } from './scenario';

/**
 * Reads a world snapshot from parsed JSON. Every problem comes back with its path in the input,
 * as `invalid_input`; nothing throws. Consistency between records is `worldFrom`'s to check.
 *
 * @example
 * parseSnapshot(JSON.parse(text)).andThen(worldFrom);
 */
export const parseSnapshot = (json: unknown): Result<WorldSnapshot, InvalidInput> => parseWith(snapshotSchema, json);

/**
 * Reads a command from parsed JSON: an action, its arguments, `actor` and `now`.
 *
 * @example
 * parseCommand({ action: 'remove_property', actor: { kind: 'account', id: 'anna' }, now: '2026-11-22T10:00:00Z', account: 'anna', property: 'h1' });
 */
export const parseCommand = (json: unknown): Result<Command, InvalidInput> => parseWith(commandSchema, json);

/**
 * Reads a scenario file from parsed JSON.
 *
 * @example
 * parseScenario(JSON.parse(text)).andThen(runScenario);
 */
export const parseScenario = (json: unknown): Result<Scenario, InvalidInput> => parseWith(scenarioSchema, json);

/** The names of the JSON Schema files the package ships in `schemas/`. */
export const JSON_SCHEMA_FILES = ['snapshot.schema.json', 'command.schema.json', 'scenario.schema.json'] as const;

/**
 * The JSON Schemas of the inputs, generated from the zod schemas, by file name: what backends
 * in other languages validate the same files against.
 */
export const jsonSchemas = (): { readonly [File in (typeof JSON_SCHEMA_FILES)[number]]: object } => ({
  'snapshot.schema.json': z.toJSONSchema(snapshotSchema, { io: 'input' }),
  'command.schema.json': z.toJSONSchema(commandSchema, { io: 'input' }),
  'scenario.schema.json': z.toJSONSchema(scenarioSchema, { io: 'input' }),
});
