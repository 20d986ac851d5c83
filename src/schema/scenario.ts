import { type Command, EXPECTABLE_CODES, MAX_RECORDS, type Scenario } from 'partner-account-rules';
import * as z from 'zod';

import { actionSchema, actorSchema } from './command';
import { snapshotSchema } from './records';
import { instantSchema } from './values';

const titleSchema = z.union([z.string().min(1), z.strictObject({ en: z.string().min(1), sv: z.string().min(1) })]);

const expectSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('accepted') }),
  z.strictObject({ outcome: z.literal('rejected'), code: z.enum(EXPECTABLE_CODES) }),
]);

const stepSchema = z
  .strictObject({
    title: titleSchema.optional(),
    at: instantSchema,
    actor: actorSchema,
    command: actionSchema,
    expect: expectSchema,
  })
  .transform(({ title, at, actor, command, expect }) => ({
    title: title ?? null,
    command: { ...command, actor, now: at } satisfies Command,
    expect,
  }));

/** A scenario file: a title, a world to start from, and steps with their expected outcomes. */
export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    title: titleSchema,
    world: snapshotSchema,
    steps: z.array(stepSchema).min(1).max(MAX_RECORDS),
  })
  .transform(({ title, world, steps }): Scenario => ({ title, world, steps }))
  .meta({
    title: 'Scenario',
    description: 'A partner-account-rules scenario: a world, then steps, each with its expected outcome.',
  });
