import type { Infer, LeafName, Leaves, Shape } from 'partner-account-rules';
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

// The zod side of the core's shapes: each record's JSON schema is read off the shape that also
// gives its TypeScript type and the core's check, so the three cannot drift apart. Objects are
// strict: a misspelt field is an error that names it, not a field silently dropped. Lists are as
// long as the core allows, and a longer one is refused before its items are read.

const LEAVES: { readonly [Name in LeafName]: z.ZodType<Leaves[Name]> } = {
  leid: leidSchema,
  propertyId: propertyIdSchema,
  accountId: accountIdSchema,
  invitationId: invitationIdSchema,
  login: loginSchema,
  email: emailSchema,
  displayName: displayNameSchema,
  instant: instantSchema,
  rights: rightsSchema,
  boolean: z.boolean(),
};

type Literal = z.ZodLiteral<string> | z.ZodEnum;
const literalOf = (values: readonly [string, ...string[]]): Literal =>
  values.length === 1 ? z.literal(values[0]) : z.enum(values);

type StrictObject = z.ZodObject<Record<string, z.ZodType>, z.core.$strict>;
const objectOf = (fields: Readonly<Record<string, Shape>>, tag?: readonly [string, string]): StrictObject => {
  const entries: Record<string, z.ZodType> = {};
  if (tag !== undefined) entries[tag[0]] = z.literal(tag[1]);
  for (const [field, shape] of Object.entries(fields)) entries[field] = compile(shape);
  return z.strictObject(entries);
};

const compile = (shape: Shape): z.ZodType => {
  switch (shape.type) {
    case 'leaf': {
      const schema = LEAVES[shape.name];
      if (shape.note === undefined) return schema;
      const general = schema.meta()?.description;
      return schema.meta({ description: general === undefined ? shape.note : `${shape.note} ${general}` });
    }
    case 'literal':
      return literalOf(shape.values);
    case 'object':
      return objectOf(shape.fields);
    case 'variant': {
      const [first, ...rest] = Object.entries(shape.cases).map(([tag, fields]) => objectOf(fields, [shape.key, tag]));
      return first === undefined ? z.never() : z.discriminatedUnion(shape.key, [first, ...rest]);
    }
    case 'list':
      return z.array(compile(shape.item)).max(shape.max);
    case 'optional':
      return compile(shape.item).optional();
    case 'nullable':
      return compile(shape.item).nullable();
  }
};

/** The zod schema of a shape: strict objects, values built by the core's smart constructors. */
export const schemaOf = <S extends Shape>(shape: S): z.ZodType<Infer<S>> =>
  // Built node by node from the same shape Infer reads, each leaf by the schema of its type.
  compile(shape) as z.ZodType<Infer<S>>;
