import type * as z from 'zod';
import { ACTIONS, actionShape, type Action, type ActionArguments } from 'partner-account-rules';
import { schemaOf } from './shapes';

/**
 * What an HTTP request body holds for an action: the action's arguments alone. The action comes
 * from the route; who acts and when come from the server (`commandFromBody`).
 */
export type BodyOf<A extends Action> = Omit<Extract<ActionArguments, { readonly action: A }>, 'action'>;

/** The zod schema of each action's request body, by action. */
export type BodySchemas = { readonly [A in Action]: z.ZodType<BodyOf<A>> };

const bodyOf = (action: Action): z.ZodType =>
  schemaOf({ type: 'object', fields: actionShape.cases[action] }).meta({
    title: `Body of ${action}`,
    description: `The request body of the action ${action}: its arguments, without action, actor or time.`,
  });

/**
 * The schema of each action's request body, read off the same shape as the command: a strict
 * object of the action's arguments. For an OpenAPI document, `schemas/bodies/<action>.schema.json`
 * holds each as JSON Schema.
 */
export const bodySchemas: BodySchemas = Object.freeze(
  // Each entry is built from the fields of its own action's case: the type of that action's body.
  Object.fromEntries(ACTIONS.map((action) => [action, bodyOf(action)])) as unknown as BodySchemas,
);
