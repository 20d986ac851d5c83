import type { Result } from 'neverthrow';
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
import * as z from 'zod';

// Each value is read as its JSON type, then built by the core's smart constructor: the rule of
// each value is the constructor's alone. The metadata only tells JSON Schema readers the limits
// the constructor will hold them to.
const built = <In, Out>(base: z.ZodType<In>, make: (input: In) => Result<Out, ValueError>, description: string) =>
  base
    .transform((input, context): Out =>
      make(input).match(
        (value) => value,
        (error) => {
          context.addIssue({ code: 'custom', input, params: { problem: error.problem }, message: error.problem.code });
          return z.NEVER;
        },
      ),
    )
    .meta({ description });

const text = (maxLength: number) => z.string().meta({ minLength: 1, maxLength });

export const leidSchema = built(
  z.number().meta({ minimum: 1 }),
  legalEntityId,
  'A legal entity ID: a positive whole number.',
);
export const propertyIdSchema = built(text(MAX_ID_LENGTH), propertyId, 'A property ID.');
export const accountIdSchema = built(text(MAX_ID_LENGTH), accountId, 'An account ID.');
export const invitationIdSchema = built(text(MAX_ID_LENGTH), invitationId, 'An invitation ID.');
export const loginSchema = built(
  text(MAX_LOGIN_LENGTH),
  loginName,
  'A login name; compared without regard to case or Unicode form (CX-7).',
);
export const emailSchema = built(
  text(MAX_EMAIL_LENGTH),
  email,
  'An email address; compared without regard to case (CX-7).',
);
export const displayNameSchema = built(text(MAX_DISPLAY_NAME_LENGTH), displayName, 'A person\u2019s name as shown.');
export const instantSchema = built(
  z.union([z.string(), z.number()]),
  instant,
  'A moment: an ISO 8601 timestamp with a zone, or milliseconds since 1970-01-01T00:00:00Z.',
);
export const rightsSchema = built(
  z.array(z.enum(['admin', ...AREAS])).max(MAX_RIGHTS_LIST),
  accessRights,
  'Access rights: areas of the extranet, or "admin", which holds them all and user management.',
);
