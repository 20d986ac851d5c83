import { eventShape, MAX_RECORDS } from 'partner-account-rules';
import * as z from 'zod';

import { schemaOf } from './shapes';

/** One event of a world's log, as JSON. */
export const eventSchema = schemaOf(eventShape).meta({
  title: 'World event',
  description: 'What a partner-account-rules command changed, as execute answers it and replay reads it.',
});

/** An event log as JSON: the events in the order they happened. */
export const eventsSchema = z.array(eventSchema).max(MAX_RECORDS);
