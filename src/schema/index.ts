// `partner-account-rules/schema`: the JSON boundary as zod schemas, for programs that compose
// them into schemas of their own, and the JSON Schema files generated from them. The schemas are
// read off the core's shapes, as the core's own JSON readers are; `parseSnapshot`, `parseCommand`,
// `parseEvents` and `parseScenario` are the core's, answered here too, and a test holds the zod
// schemas to their answers.
import { type Action, ACTIONS } from 'partner-account-rules';
import * as z from 'zod';

import { bodySchemas } from './bodies';
import { commandSchema } from './command';
import { snapshotSchema } from './records';
import { scenarioSchema } from './scenario';

export { EXPECTABLE_CODES, parseCommand, parseEvents, parseScenario, parseSnapshot } from 'partner-account-rules';
export { bodySchemas, type BodySchemas } from './bodies';
export { commandSchema } from './command';
export { eventSchema, eventsSchema } from './events';
export { snapshotSchema } from './records';
export { scenarioSchema } from './scenario';

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
