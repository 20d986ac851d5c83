import { accountShape, agreementShape, invitationShape, propertyShape, snapshotShape } from 'partner-account-rules';
import * as z from 'zod';

import { schemaOf } from './shapes';

// The records of a world, as JSON, each read off the core's shape of it.

export const agreementSchema = schemaOf(agreementShape);
export const propertySchema = schemaOf(propertyShape);
export const accountSchema = schemaOf(accountShape);
export const invitationSchema = schemaOf(invitationShape);

const { clock, agreements, properties, accounts, invitations } = snapshotShape.fields;

/** A world snapshot as JSON, read off the core's shape of it. Lists left out are empty. */
export const snapshotSchema = z
  .strictObject({
    clock: schemaOf(clock),
    agreements: schemaOf(agreements).default([]),
    properties: schemaOf(properties).default([]),
    accounts: schemaOf(accounts).default([]),
    invitations: schemaOf(invitations).default([]),
  })
  .meta({ title: 'World snapshot', description: 'The records of a partner-account-rules world.' });
