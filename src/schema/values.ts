import * as z from 'zod';
import {
  accessRights,
  accountId,
  AREAS,
  displayName,
  email,
  instant,
  invitationId,
  legalEntityId,
  loginName,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_ID_LENGTH,
  MAX_LOGIN_LENGTH,
  MAX_RIGHTS_LIST,
  propertyId,
  type ValueError,
} from 'partner-account-rules';
import type { Result } from 'neverthrow';

// Each value is read as its JSON type, then built by the core's smart constructor: the rule of
// each value is the constructor's alone. The metadata only tells JSON Schema readers the limits
// the constructor will hold them to.
const built = <In, Out>(base: z.ZodType<In>, make: (input: In) => Result<Out, ValueError>) =>
  base.transform((input, context): Out =>
    make(input).match(
      (value) => value,
      (error) => {
        context.addIssue({ code: 'custom', input, params: { problem: error.problem }, message: error.problem.code });
        return z.NEVER;
      },
    ),
  );

const text = (description: string, maxLength: number) => z.string().meta({ description, minLength: 1, maxLength });

export const leidSchema = built(
  z.number().meta({ description: 'A legal entity ID: a positive whole number.', minimum: 1 }),
  legalEntityId,
);
export const propertyIdSchema = built(text('A property ID.', MAX_ID_LENGTH), propertyId);
export const accountIdSchema = built(text('An account ID.', MAX_ID_LENGTH), accountId);
export const invitationIdSchema = built(text('An invitation ID.', MAX_ID_LENGTH), invitationId);
export const loginSchema = built(
  text('A login name; compared without regard to case or Unicode form (CX-7).', MAX_LOGIN_LENGTH),
  loginName,
);
export const emailSchema = built(
  text('An email address; compared without regard to case (CX-7).', MAX_EMAIL_LENGTH),
  email,
);
export const displayNameSchema = built(text('A person\u2019s name as shown.', MAX_DISPLAY_NAME_LENGTH), displayName);
export const instantSchema = built(
  z
    .union([z.string(), z.number()])
    .meta({ description: 'A moment: an ISO 8601 timestamp with a zone, or milliseconds since 1970-01-01T00:00:00Z.' }),
  instant,
);
export const rightsSchema = built(
  z
    .array(z.enum(['admin', ...AREAS]))
    .max(MAX_RIGHTS_LIST)
    .meta({
      description: 'Access rights: areas of the extranet, or "admin", which holds them all and user management.',
    }),
  accessRights,
);
