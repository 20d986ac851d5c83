import * as z from 'zod';
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

export const actorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('account'), id: accountIdSchema }),
  z.strictObject({ kind: z.literal('platform') }),
  z.strictObject({ kind: z.literal('invitee') }),
]);

const onAccount = { account: accountIdSchema, property: propertyIdSchema };

// Each action and its arguments; the actor and the time are added where the command is used.
const actions = [
  z.strictObject({
    action: z.literal('add_property'),
    agreement: leidSchema,
    property: propertyIdSchema,
    origin: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('new_registration') }),
      z.strictObject({ kind: z.literal('existing_listing') }),
      z.strictObject({ kind: z.literal('assigned_leid'), leid: leidSchema, partnerExisted: z.boolean() }),
    ]),
  }),
  z.strictObject({ action: z.literal('request_primary_account'), agreement: leidSchema }),
  z.strictObject({
    action: z.literal('grant_primary_account'),
    agreement: leidSchema,
    account: z.strictObject({ id: accountIdSchema, login: loginSchema, email: emailSchema, name: displayNameSchema }),
  }),
  z.strictObject({
    action: z.literal('create_user'),
    property: propertyIdSchema,
    user: z.strictObject({
      id: accountIdSchema,
      login: loginSchema,
      email: emailSchema,
      name: displayNameSchema,
      rights: rightsSchema,
    }),
  }),
  z.strictObject({
    action: z.literal('add_user'),
    property: propertyIdSchema,
    username: loginSchema,
    email: emailSchema,
  }),
  z.strictObject({
    action: z.literal('invite'),
    property: propertyIdSchema,
    invitee: z.strictObject({
      id: invitationIdSchema,
      name: displayNameSchema,
      email: emailSchema,
      rights: rightsSchema,
    }),
  }),
  z.strictObject({
    action: z.literal('accept_invitation'),
    invitation: invitationIdSchema,
    account: accountIdSchema,
    login: loginSchema,
  }),
  z.strictObject({ action: z.literal('revoke_invitation'), invitation: invitationIdSchema }),
  z.strictObject({ action: z.literal('remove_property'), ...onAccount }),
  z.strictObject({ action: z.literal('set_access_rights'), ...onAccount, rights: rightsSchema }),
  z.strictObject({ action: z.literal('grant_admin'), ...onAccount }),
  z.strictObject({ action: z.literal('revoke_admin'), ...onAccount }),
  z.strictObject({ action: z.literal('recontract_property'), property: propertyIdSchema, to: leidSchema }),
  z.strictObject({ action: z.literal('change_ownership'), property: propertyIdSchema, to: leidSchema }),
  z.strictObject({ action: z.literal('terminate_agreement'), agreement: leidSchema }),
] as const;

/** An action with its arguments, without actor or time: what a scenario step names. */
export const actionSchema = z.discriminatedUnion('action', actions);

/** A whole command as JSON: an action with its arguments, its actor and its time (`now`). */
const [firstAction, ...otherActions] = actions;
const issued = { actor: actorSchema, now: instantSchema };
export const commandSchema = z
  .discriminatedUnion('action', [firstAction.extend(issued), ...otherActions.map((action) => action.extend(issued))])
  .meta({ title: 'Command', description: 'A partner-account-rules command.' });
