import type { Infer, LeafName, Leaves, Shape } from '../values/shape';
import { arrayOf, literal, object, variant, type Check } from './check';

/** The check of each leaf value a shape names. */
export type LeafChecks = { readonly [Name in LeafName]: Check<Leaves[Name]> };

const compile = (shape: Shape, leaves: LeafChecks): Check<unknown> => {
  switch (shape.type) {
    case 'leaf':
      return leaves[shape.name];
    case 'literal':
      return literal(...shape.values);
    case 'object':
      return object(fieldChecks(shape.fields, leaves));
    case 'variant': {
      const cases: Record<string, Check<unknown>> = {};
      for (const [tag, fields] of Object.entries(shape.cases))
        cases[tag] = object({ [shape.key]: literal(tag), ...fieldChecks(fields, leaves) });
      return variant(shape.key, cases);
    }
    case 'list':
      return arrayOf(compile(shape.item, leaves), shape.max);
  }
};

const fieldChecks = (fields: Readonly<Record<string, Shape>>, leaves: LeafChecks): Record<string, Check<unknown>> => {
  const checks: Record<string, Check<unknown>> = {};
  for (const [field, shape] of Object.entries(fields)) checks[field] = compile(shape, leaves);
  return checks;
};

/**
 * The run-time check of a shape, with `leaves` checking its values: it accepts exactly the values
 * of the shape's type, copied and frozen as every {@link Check} copies them.
 */
export const checkOf = <S extends Shape>(shape: S, leaves: LeafChecks): Check<Infer<S>> =>
  // Built node by node from the same shape Infer reads, with a check per leaf of its type.
  compile(shape, leaves) as Check<Infer<S>>;
