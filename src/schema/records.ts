import { accountShape, agreementShape, invitationShape, MAX_RECORDS, propertyShape } from 'partner-account-rules';
import * as z from 'zod';

import { schemaOf } from './shapes';
import { instantSchema } from './values';

// The records of a world, as JSON, each read off the core's shape of it.

export const agreementSchema = schemaOf(agreementShape);
export const propertySchema = schemaOf(propertyShape);
export const accountSchema = schemaOf(accountShape);
export const invitationSchema = schemaOf(invitationShape);

/** A world snapshot as JSON. Lists left out are empty. */
export const snapshotSchema = z
  .strictObject({
    clock: instantSchema.nullable().optional(),
    agreements: z.array(agreementSchema).max(MAX_RECORDS).default([]),
    properties: z.array(propertySchema).max(MAX_RECORDS).default([]),
    accounts: z.array(accountSchema).max(MAX_RECORDS).default([]),
    invitations: z.array(invitationSchema).max(MAX_RECORDS).default([]),
  })
  .meta({ title: 'World snapshot', description: 'The records of a partner-account-rules world.' });
