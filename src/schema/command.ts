import { actionShape, commandActorShape, commandShape } from 'partner-account-rules';

import { schemaOf } from './shapes';

/** Who issues a command, as JSON. */
export const actorSchema = schemaOf(commandActorShape);

/** An action with its arguments, without actor or time: what a scenario step names. */
export const actionSchema = schemaOf(actionShape);

/** A whole command as JSON: an action with its arguments, its actor and its time (`now`). */
export const commandSchema = schemaOf(commandShape).meta({
  title: 'Command',
  description: 'A partner-account-rules command.',
});
