import { accountShape } from '../values/account';
import { agreementShape } from '../values/agreement';
import { invitationShape } from '../values/invitation';
import { propertyShape } from '../values/property';
import { inviteeShape } from '../values/requests';
import type { Fields, Infer, LeafName, Leaves, Shape } from '../values/shape';
import { arrayOf, type Check, literal, nullable, object, optional, variant } from './check';
import { trust, trustedAs } from './trust';

/** The check of each leaf value a shape names. */
export type LeafChecks = { readonly [Name in LeafName]: Check<Leaves[Name]> };

// The records that are trusted once checked: the ones decisions are given and the world keeps,
// and an invitee, which a caller may make once and invite with to many properties.
// The objects inside them (a link, a status, an origin) are small, and are checked with their
// record; trusting each of them would cost more than checking it.
export const TRUSTED: ReadonlySet<Fields> = new Set([
  agreementShape.fields,
  propertyShape.fields,
  accountShape.cases.primary,
  accountShape.cases.non_primary,
  invitationShape.fields,
  inviteeShape.fields,
]);

// A record the library checked as these fields (or made from checked parts) is taken as it is;
// anything else gets `check`, and what passes is trusted from then on.
const trusting = (fields: Fields, check: Check<unknown>): Check<unknown> =>
  TRUSTED.has(fields)
    ? (value, issues) => {
        if (trustedAs(value) === fields) return value;
        const checked = check(value, issues);
        return typeof checked === 'object' && checked !== null ? trust(checked, fields) : checked;
      }
    : check;

/** How a shape's check reads: its leaves, and whether objects refuse fields the shape does not name. */
interface Reading {
  readonly leaves: LeafChecks;
  readonly strict: boolean;
}

const compile = (shape: Shape, reading: Reading): Check<unknown> => {
  const { leaves, strict } = reading;
  switch (shape.type) {
    case 'leaf':
      return leaves[shape.name];
    case 'literal':
      return literal(...shape.values);
    case 'object':
      return trusting(shape.caseFields ?? shape.fields, object(fieldChecks(shape.fields, reading), { strict }));
    case 'variant': {
      const cases: Record<string, Check<unknown>> = {};
      const known = new Set<Fields>();
      for (const [tag, fields] of Object.entries(shape.cases)) {
        known.add(fields);
        cases[tag] = trusting(
          fields,
          object({ [shape.key]: literal(tag), ...fieldChecks(fields, reading) }, { strict }),
        );
      }
      const check = variant(shape.key, cases);
      if (![...known].some((fields) => TRUSTED.has(fields))) return check;
      return (value, issues) => {
        const fields = trustedAs(value);
        return fields !== undefined && known.has(fields) ? value : check(value, issues);
      };
    }
    case 'list':
      return arrayOf(compile(shape.item, reading), shape.max);
    case 'optional':
      return optional(compile(shape.item, reading));
    case 'nullable':
      return nullable(compile(shape.item, reading));
  }
};

const fieldChecks = (fields: Fields, reading: Reading): Record<string, Check<unknown>> => {
  const checks: Record<string, Check<unknown>> = {};
  for (const [field, shape] of Object.entries(fields)) checks[field] = compile(shape, reading);
  return checks;
};

/**
 * The run-time check of a shape, with `leaves` checking its values: it accepts exactly the values
 * of the shape's type. A record the library checked or made as this shape is taken as it is; any
 * other value is read once, field by field, into a frozen copy, which is trusted from then on.
 * Use only with the leaf checks of the smart constructors: a record trusted once is trusted by
 * every check of its shape.
 */
export const checkOf = <S extends Shape>(shape: S, leaves: LeafChecks): Check<Infer<S>> =>
  // Built node by node from the same shape Infer reads, with a check per leaf of its type.
  compile(shape, { leaves, strict: false }) as Check<Infer<S>>;

/**
 * The check of a shape as JSON reads it: {@link checkOf} with `leaves` that build each value from
 * its JSON form (a moment from ISO 8601 text, a login in capitals), and objects that refuse any
 * field the shape does not name, or an object of a class. One path for any input, however large.
 */
export const jsonCheckOf = <S extends Shape>(shape: S, leaves: LeafChecks): Check<Infer<S>> =>
  // As checkOf: one check per node of the shape Infer reads.
  compile(shape, { leaves, strict: true }) as Check<Infer<S>>;
