import type { AccessRights } from './accessRights';
import type { DisplayName } from './displayName';
import type { Email } from './email';
import type { AccountId, InvitationId, PropertyId } from './ids';
import type { Instant } from './instant';
import type { LegalEntityId } from './legalEntityId';
import type { LoginName } from './loginName';

// A record's shape, written once as data. Three readers follow it: the TypeScript type
// (`Infer`), the core's run-time check (`validation/shapes.ts`) and the zod schema of the JSON
// boundary (`schema/shapes.ts`), from which the JSON Schema files are generated. A test
// generates values from each shape and holds the check and the zod schema to the same answers.

/** The values a shape's leaves name, each with the type its smart constructor makes. */
export interface Leaves {
  readonly leid: LegalEntityId;
  readonly propertyId: PropertyId;
  readonly accountId: AccountId;
  readonly invitationId: InvitationId;
  readonly login: LoginName;
  readonly email: Email;
  readonly displayName: DisplayName;
  readonly instant: Instant;
  readonly rights: AccessRights;
  readonly boolean: boolean;
}

/** The name of a leaf value. */
export type LeafName = keyof Leaves;

/** A value with its own rule: an ID, a login, an email, a name, a moment, access rights, a boolean. */
export interface LeafShape<N extends LeafName = LeafName> {
  readonly type: 'leaf';
  readonly name: N;
  /** What the value means here, for readers of the JSON Schema. */
  readonly note?: string;
}

/** One of a few strings. */
export interface LiteralShape<L extends readonly [string, ...string[]] = readonly [string, ...string[]]> {
  readonly type: 'literal';
  readonly values: L;
}

/** An object with these fields, each required. */
export interface ObjectShape<F extends Fields = Fields> {
  readonly type: 'object';
  readonly fields: F;
  /** For one case of a variant (see `caseOf`): that case's fields, so both name one record kind. */
  readonly caseFields?: Fields;
}

/** A union of objects told apart by the string in field `key`: each case lists its other fields. */
export interface VariantShape<K extends string = string, C extends Cases = Cases> {
  readonly type: 'variant';
  readonly key: K;
  readonly cases: C;
}

/** A list of at most `max` items of one shape. */
export interface ListShape<I extends Shape = Shape> {
  readonly type: 'list';
  readonly item: I;
  readonly max: number;
}

/** A field of an object that may be left out; where it is there, it is an `item`. */
export interface OptionalShape<I extends Shape = Shape> {
  readonly type: 'optional';
  readonly item: I;
}

/** `null`, or an `item`: a record that may not be there, such as an agreement's primary account. */
export interface NullableShape<I extends Shape = Shape> {
  readonly type: 'nullable';
  readonly item: I;
}

/** Any shape. */
export type Shape = LeafShape | LiteralShape | ObjectShape | VariantShape | ListShape | OptionalShape | NullableShape;

/** The fields of an object shape, by name. */
export type Fields = { readonly [field: string]: Shape };

/** The cases of a variant shape, by the string that names each, with the fields besides the key. */
export type Cases = { readonly [tag: string]: Fields };

// The fields an object may leave out: those whose shape is optional.
type OptionalKeys<F extends Fields> = { [Field in keyof F]: F[Field] extends OptionalShape ? Field : never }[keyof F];

type ObjectOf<F extends Fields> = [OptionalKeys<F>] extends [never]
  ? { readonly [Field in keyof F]: Infer<F[Field]> }
  : { readonly [Field in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[Field]> } & {
      readonly [Field in OptionalKeys<F>]?: Infer<F[Field]>;
    };

type CaseOf<K extends string, Tag, F extends Fields> = {
  readonly [Field in K | keyof F]: Field extends K ? Tag : Field extends keyof F ? Infer<F[Field]> : never;
};

/** The TypeScript type of the values a shape describes: the one place a record's type comes from. */
export type Infer<S> =
  S extends LeafShape<infer N>
    ? Leaves[N]
    : S extends NullableShape<infer I>
      ? Infer<I> | null
      : S extends LiteralShape<infer L>
        ? L[number]
        : S extends ObjectShape<infer F>
          ? ObjectOf<F>
          : S extends VariantShape<infer K, infer C>
            ? { [Tag in keyof C & string]: CaseOf<K, Tag, C[Tag]> }[keyof C & string]
            : S extends ListShape<infer I>
              ? readonly Infer<I>[]
              : S extends OptionalShape<infer I>
                ? Infer<I>
                : never;

/** A leaf value, with an optional note on what it means in this place. */
export const leaf = <N extends LeafName>(name: N, note?: string): LeafShape<N> =>
  Object.freeze(note === undefined ? { type: 'leaf', name } : { type: 'leaf', name, note });

/** One of the given strings. */
export const literal = <const L extends readonly [string, ...string[]]>(...values: L): LiteralShape<L> =>
  Object.freeze({ type: 'literal', values: Object.freeze(values) });

/** An object with these fields. */
export const object = <const F extends Fields>(fields: F): ObjectShape<F> =>
  Object.freeze({ type: 'object', fields: Object.freeze(fields) });

/** A union of objects told apart by field `key`. */
export const variant = <const K extends string, const C extends Cases>(key: K, cases: C): VariantShape<K, C> =>
  Object.freeze({ type: 'variant', key, cases: Object.freeze(cases) });

/** A list of at most `max` items. */
export const list = <I extends Shape>(item: I, max: number): ListShape<I> => Object.freeze({ type: 'list', item, max });

/** A field that may be left out. Only for the fields of an object shape. */
export const optional = <I extends Shape>(item: I): OptionalShape<I> => Object.freeze({ type: 'optional', item });

/** `null`, or a value of `item`. */
export const nullable = <I extends Shape>(item: I): NullableShape<I> => Object.freeze({ type: 'nullable', item });

/** One case of a variant shape as an object shape, its key a literal, as `primaryShape` is. */
export type CaseShape<K extends string, C extends Cases, Tag extends keyof C & string> = ObjectShape<
  { readonly [Field in K]: LiteralShape<readonly [Tag]> } & C[Tag]
>;

/** One case of a variant as an object shape, its key a literal: a record of one kind. */
export const caseOf = <K extends string, C extends Cases, Tag extends keyof C & string>(
  shape: VariantShape<K, C>,
  tag: Tag,
): CaseShape<K, C, Tag> => {
  // The key's literal and the case's fields are exactly the fields CaseShape lists.
  const made = object({ [shape.key]: literal(tag), ...shape.cases[tag] }) as CaseShape<K, C, Tag>;
  const caseFields: Fields = shape.cases[tag] ?? {};
  return Object.freeze({ ...made, caseFields });
};

/** Every case of a variant with `more` fields besides its own. */
export const withFields = <K extends string, C extends Cases, M extends Fields>(
  shape: VariantShape<K, C>,
  more: M,
): VariantShape<K, { readonly [Tag in keyof C]: C[Tag] & M }> =>
  variant(
    shape.key,
    // Each case is its own fields and `more`, as the mapped type above says.
    Object.fromEntries(Object.entries(shape.cases).map(([tag, fields]) => [tag, { ...fields, ...more }])) as {
      readonly [Tag in keyof C]: C[Tag] & M;
    },
  );
