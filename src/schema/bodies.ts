import { type Action, ACTIONS, type BodyOf, bodyShapes } from 'partner-account-rules';
import type * as z from 'zod';

import { schemaOf } from './shapes';

/** The zod schema of each action's request body, by action. */
export type BodySchemas = { readonly [A in Action]: z.ZodType<BodyOf<A>> };

const bodyOf = (action: Action): z.ZodType =>
  schemaOf(bodyShapes[action]).meta({
    title: `Body of ${action}`,
    description: `The request body of the action ${action}: its arguments, without action, actor or time, and without the ID of a record it makes (the server makes it).`,
  });

/**
 * The schema of each action's request body, read off the core's `bodyShapes`: a strict object of
 * the action's arguments, without the IDs the server makes. For an OpenAPI document,
 * `schemas/bodies/<action>.schema.json` holds each as JSON Schema.
 */
export const bodySchemas: BodySchemas = Object.freeze(
  // Each entry is built from its own action's body shape: the type of that action's body.
  Object.fromEntries(ACTIONS.map((action) => [action, bodyOf(action)])) as unknown as BodySchemas,
);
