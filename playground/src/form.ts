// A command's form, generated from the JSON Schema of its action's request body (the files in
// schemas/bodies/), and the body read back from what was typed. Pure: the page draws the fields.

/** One field of a form, or a group of them, at a path of the body (keys joined by dots). */
export type Field =
  | {
      readonly kind: 'text' | 'number' | 'boolean';
      readonly path: string;
      readonly required: boolean;
      readonly description: string;
    }
  | {
      readonly kind: 'choices';
      readonly path: string;
      readonly options: readonly string[];
      readonly description: string;
    }
  | {
      readonly kind: 'variant';
      readonly path: string;
      readonly tag: string;
      readonly cases: readonly { readonly value: string; readonly fields: readonly Field[] }[];
    }
  | { readonly kind: 'group'; readonly path: string; readonly fields: readonly Field[] };

/** What a form holds: a text, a tick, or the options ticked, by path. */
export type Values = Readonly<Record<string, string | boolean | readonly string[]>>;

interface Schema {
  readonly type?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly oneOf?: readonly Schema[];
  readonly items?: Schema;
  readonly enum?: readonly string[];
  readonly const?: string;
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

// The key whose value tells a variant's cases apart: the one every case holds as a constant.
const tagOf = (cases: readonly Schema[]): string | null => {
  const [first] = cases;
  const keys = Object.keys(first?.properties ?? {});
  return keys.find((key) => cases.every((one) => typeof one.properties?.[key]?.const === 'string')) ?? null;
};

const fieldOf = (schema: Schema, path: string, required: boolean): Field => {
  const description = schema.description ?? '';
  if (schema.oneOf !== undefined) {
    const tag = tagOf(schema.oneOf);
    if (tag !== null)
      return {
        kind: 'variant',
        path,
        tag,
        cases: schema.oneOf.map((one) => ({
          value: one.properties?.[tag]?.const ?? '',
          fields: fieldsOf(one, path).filter((field) => field.path !== join(path, tag)),
        })),
      };
  }
  if (schema.type === 'object') return { kind: 'group', path, fields: fieldsOf(schema, path) };
  if (schema.type === 'array' && schema.items?.enum !== undefined)
    return { kind: 'choices', path, options: schema.items.enum, description };
  if (schema.type === 'number' || schema.type === 'integer') return { kind: 'number', path, required, description };
  if (schema.type === 'boolean') return { kind: 'boolean', path, required, description };
  return { kind: 'text', path, required, description };
};

/** The fields of an object's schema, in the order of its properties. */
export const fieldsOf = (schema: unknown, path = ''): Field[] => {
  const object = (typeof schema === 'object' && schema !== null ? schema : {}) as Schema;
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([key, property]) =>
    fieldOf(property, join(path, key), required.has(key)),
  );
};

const put = (body: Record<string, unknown>, path: string, value: unknown): void => {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let at = body;
  for (const key of keys) {
    const next = at[key];
    if (typeof next === 'object' && next !== null) at = next as Record<string, unknown>;
    else {
      const made: Record<string, unknown> = {};
      at[key] = made;
      at = made;
    }
  }
  at[last] = value;
};

const fill = (fields: readonly Field[], values: Values, body: Record<string, unknown>): void => {
  for (const field of fields) {
    const value = values[field.path];
    switch (field.kind) {
      case 'text':
        // An optional field left empty is left out; a required one is sent as typed, so the library
        // says what is wrong with it.
        if (typeof value === 'string' && (value !== '' || field.required)) put(body, field.path, value);
        else if (field.required) put(body, field.path, '');
        break;
      case 'number':
        if (typeof value === 'string' && value.trim() !== '') {
          const number = Number(value);
          put(body, field.path, Number.isFinite(number) ? number : value);
        } else if (field.required) put(body, field.path, null);
        break;
      case 'boolean':
        put(body, field.path, value === true);
        break;
      case 'choices':
        put(body, field.path, Array.isArray(value) ? [...(value as readonly string[])] : []);
        break;
      case 'variant': {
        const chosen = field.cases.find((one) => one.value === values[`${field.path}.${field.tag}`]) ?? field.cases[0];
        if (chosen === undefined) break;
        put(body, `${field.path}.${field.tag}`, chosen.value);
        fill(chosen.fields, values, body);
        break;
      }
      case 'group':
        put(body, field.path, {});
        fill(field.fields, values, body);
        break;
    }
  }
};

/** The body a form's values make: nested objects by path, numbers as numbers, ticks as lists. */
export const bodyOf = (fields: readonly Field[], values: Values): Record<string, unknown> => {
  const body: Record<string, unknown> = {};
  fill(fields, values, body);
  return body;
};
