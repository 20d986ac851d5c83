import * as z from 'zod';
import { MAX_RECORDS } from 'partner-account-rules';
import {
  accountIdSchema,
  displayNameSchema,
  emailSchema,
  instantSchema,
  invitationIdSchema,
  leidSchema,
  loginSchema,
  propertyIdSchema,
  rightsSchema,
} from './values';

// The records of a world, as JSON. Objects are strict: a misspelt field is an error that
// names it, not a field silently dropped. Lists are as long as the core allows, and a longer one
// is refused before its items are read.

export const agreementSchema = z.strictObject({ leid: leidSchema, status: z.enum(['active', 'terminated']) });

export const linkSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('agreement'), leid: leidSchema }),
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('attached'), primaryOf: leidSchema }),
]);

export const propertySchema = z.strictObject({ id: propertyIdSchema, link: linkSchema });

const accountFields = { id: accountIdSchema, login: loginSchema, email: emailSchema, name: displayNameSchema };

export const accountSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('primary'), ...accountFields, agreement: leidSchema }),
  z.strictObject({
    kind: z.literal('non_primary'),
    ...accountFields,
    rights: rightsSchema,
    properties: z.array(propertyIdSchema).max(MAX_RECORDS),
  }),
]);

export const invitationSchema = z.strictObject({
  id: invitationIdSchema,
  property: propertyIdSchema,
  invitedBy: accountIdSchema,
  name: displayNameSchema,
  email: emailSchema,
  rights: rightsSchema,
  sentAt: instantSchema,
  status: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('pending') }),
    z.strictObject({ kind: z.literal('accepted'), at: instantSchema, account: accountIdSchema }),
    z.strictObject({
      kind: z.literal('revoked'),
      at: instantSchema,
      by: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('account'), id: accountIdSchema }),
        z.strictObject({ kind: z.literal('platform') }),
      ]),
    }),
  ]),
});

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
