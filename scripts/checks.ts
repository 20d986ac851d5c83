// What `npm run checks` writes to src/validation/generated.ts: the run-time check of every record
// and every decision's request, as straight-line TypeScript read off the shapes. Each field is
// read once by its name, each leaf goes to the check of its smart constructor, a record the
// library made is taken by its stamp, and what passes is built frozen. The answers, issues and
// paths are those of the interpreted checks (validation/shapes.ts): a property test holds the two
// to the same answers, and another regenerates this file and fails when the committed one differs.
import * as prettier from 'prettier';

import { TRUSTED } from '../src/validation/shapes';
import { accountShape, actorShape, nonPrimaryShape, primaryShape } from '../src/values/account';
import { agreementShape } from '../src/values/agreement';
import { invitationShape } from '../src/values/invitation';
import { originShape, propertyShape } from '../src/values/property';
import { inviteeShape, REQUEST_SHAPES } from '../src/values/requests';
import type { Fields, LeafName, Shape } from '../src/values/shape';

/** A shape that is checked by a function of its own, and how the code names it and its type. */
interface Root {
  /** The exported check's name. */
  readonly check: string;
  /** The shape's type, as the generated file writes it. */
  readonly type: string;
  /** Where the shape is imported from, and its exported name. */
  readonly from: string;
  readonly shape: Shape;
  readonly name: string;
}

// The records a decision is given, in the order their checks are written: each is the shape
// exported by its module under `name`, stamped when checked (validation/trust.ts).
const RECORDS: readonly Root[] = [
  {
    check: 'isAgreement',
    type: 'PartnerAgreement',
    from: '../values/agreement',
    name: 'agreementShape',
    shape: agreementShape,
  },
  { check: 'isProperty', type: 'Property', from: '../values/property', name: 'propertyShape', shape: propertyShape },
  { check: 'isOrigin', type: 'PropertyOrigin', from: '../values/property', name: 'originShape', shape: originShape },
  { check: 'isAccount', type: 'Account', from: '../values/account', name: 'accountShape', shape: accountShape },
  { check: 'isPrimary', type: 'PrimaryAccount', from: '../values/account', name: 'primaryShape', shape: primaryShape },
  {
    check: 'isNonPrimary',
    type: 'NonPrimaryAccount',
    from: '../values/account',
    name: 'nonPrimaryShape',
    shape: nonPrimaryShape,
  },
  { check: 'isActor', type: 'Actor', from: '../values/account', name: 'actorShape', shape: actorShape },
  {
    check: 'isInvitation',
    type: 'Invitation',
    from: '../values/invitation',
    name: 'invitationShape',
    shape: invitationShape,
  },
  { check: 'isInvitee', type: 'Invitee', from: '../values/requests', name: 'inviteeShape', shape: inviteeShape },
];

// The fields a stamp names (the records validation/shapes.ts trusts), each with the expression
// that reaches them from a shape the generated file imports: a record's, or one case's of a variant.
const STAMPS = new Map<Fields, string>();
for (const { name, shape } of RECORDS) {
  if (shape.type === 'object' && TRUSTED.has(shape.fields)) STAMPS.set(shape.fields, `${name}.fields`);
  if (shape.type === 'variant')
    for (const [tag, fields] of Object.entries(shape.cases))
      if (TRUSTED.has(fields) && !STAMPS.has(fields)) STAMPS.set(fields, `${name}.cases.${tag}`);
}
if (STAMPS.size !== TRUSTED.size) throw new Error('a trusted record has no shape among RECORDS');

const LEAVES: { readonly [Name in LeafName]: string } = {
  leid: 'isLeid',
  propertyId: 'isPropertyId',
  accountId: 'isAccountId',
  invitationId: 'isInvitationId',
  login: 'isLogin',
  email: 'isEmail',
  displayName: 'isDisplayName',
  instant: 'isInstant',
  rights: 'isRights',
  boolean: 'boolean',
};

const lower = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const camel = (text: string): string => text.replace(/_(\w)/gu, (_, letter: string) => letter.toUpperCase());
const quoted = (text: string): string => `'${text}'`;

/** The generator's state: the code written so far and the function written for each shape. */
class Writer {
  readonly blocks: string[] = [];
  readonly #named = new Map<Shape, string>();
  // The list checks written, by their item's check and the most items they take.
  readonly #lists = new Map<string, string>();

  /** The expression that checks `shape`: a leaf's check, or a function written for it once. */
  checkOf(shape: Shape, name: string, type: string): string {
    switch (shape.type) {
      case 'leaf':
        return LEAVES[shape.name];
      case 'literal':
      case 'object':
      case 'variant':
        return this.#named.get(shape) ?? this.#write(shape, name, type);
      case 'list': {
        const item = this.checkOf(shape.item, `${name}Item`, `${type}[number]`);
        const key = `${item} ${String(shape.max)}`;
        const known = this.#lists.get(key);
        if (known !== undefined) return known;
        const list = [...this.#lists.values()].some((name) => name === `${item}List`)
          ? `${item}List${String(shape.max)}`
          : `${item}List`;
        this.blocks.push(`const ${list} = /* @__PURE__ */ arrayOf(${item}, ${String(shape.max)});`);
        this.#lists.set(key, list);
        return list;
      }
      case 'optional':
        throw new Error(`${name}: optional fields are not generated yet (commands and events use checkOf)`);
      case 'nullable':
        throw new Error(`${name}: nullable is written where a field reads it`);
    }
  }

  #write(shape: Shape & { readonly type: 'literal' | 'object' | 'variant' }, name: string, type: string): string {
    this.#named.set(shape, name);
    switch (shape.type) {
      case 'literal':
        this.#literal(name, type, shape.values);
        break;
      case 'object':
        this.#object(name, type, shape.fields, STAMPS.get(shape.caseFields ?? shape.fields));
        break;
      case 'variant':
        this.#variant(name, type, shape.key, shape.cases);
        break;
    }
    return name;
  }

  #literal(name: string, type: string, values: readonly string[]): void {
    const allowed = `${name}Values`;
    this.blocks.push(
      [
        `const ${allowed} = /* @__PURE__ */ Object.freeze([${values.map(quoted).join(', ')}] as const);`,
        `const ${name}: Check<${type}> = (value, issues) => {`,
        `  if (${values.map((value) => `value === ${quoted(value)}`).join(' || ')}) return value;`,
        `  issues.push({ path: [], problem: { code: 'unknown_variant', allowed: ${allowed} } });`,
        '  return INVALID;',
        '};',
      ].join('\n'),
    );
  }

  // The statements that read field `field` of `input` into a local of the same name.
  #field(owner: string, ownerType: string, field: string, shape: Shape, first: boolean, last: boolean): string[] {
    const local = `${camel(field)}_`;
    const read = `Object.hasOwn(input, ${quoted(field)}) ? input.${field} : undefined`;
    const type = `${ownerType}[${quoted(field)}]`;
    const lines = [first ? `${last ? 'const' : 'let'} at = issues.length;` : 'at = issues.length;'];
    if (shape.type === 'nullable') {
      const check = this.checkOf(shape.item, `${owner}${capital(camel(field))}`, `NonNullable<${type}>`);
      lines.push(
        `const ${local}in = ${read};`,
        `const ${local} = ${local}in === null ? null : ${check}(${local}in, issues);`,
      );
    } else {
      const check = this.checkOf(shape, `${owner}${capital(camel(field))}`, type);
      lines.push(`const ${local} = ${check}(${read}, issues);`);
    }
    lines.push(`if (${local} === INVALID) prefix(issues, at, ${quoted(field)});`);
    return lines;
  }

  // An object's fields read in order; `tag` is the variant case's key and its value, known already.
  #body(name: string, type: string, fields: Fields, tag: readonly [string, string] | undefined): string[] {
    const entries = Object.entries(fields);
    const lines = [`const input = value as { ${entries.map(([field]) => `readonly ${field}?: unknown;`).join(' ')} };`];
    entries.forEach(([field, shape], index) =>
      lines.push(...this.#field(name, type, field, shape, index === 0, index === entries.length - 1)),
    );
    const locals = entries.map(([field]) => `${camel(field)}_`);
    if (locals.length > 0)
      lines.push(`if (${locals.map((local) => `${local} === INVALID`).join(' || ')}) return INVALID;`);
    const parts = entries.map(([field]) => `${field}: ${camel(field)}_`);
    if (tag !== undefined) parts.unshift(`${tag[0]}: ${quoted(tag[1])}`);
    lines.push(`const made = { ${parts.join(', ')} } as const;`);
    return lines;
  }

  #object(name: string, type: string, fields: Fields, stamp: string | undefined): void {
    const lines = [`const ${name}: Check<${type}> = (value, issues) => {`];
    if (stamp !== undefined) lines.push(`  if (trustedAs(value) === ${stamp}) return value as ${type};`);
    lines.push('  if (!isRecord(value, issues)) return INVALID;');
    lines.push(...this.#body(name, type, fields, undefined).map((line) => `  ${line}`));
    lines.push(
      stamp === undefined ? '  return Object.freeze(made);' : `  return trustFrozen(Object.freeze(made), ${stamp});`,
    );
    lines.push('};');
    this.blocks.push(lines.join('\n'));
  }

  #variant(name: string, type: string, key: string, cases: { readonly [tag: string]: Fields }): void {
    const tags = Object.keys(cases);
    const allowed = `${name}Tags`;
    const stamps = tags.flatMap((tag) => {
      const stamp = STAMPS.get(cases[tag] ?? {});
      return stamp === undefined ? [] : [stamp];
    });
    const caseChecks = tags.map((tag) => {
      const fields = cases[tag] ?? {};
      const caseType = `Extract<${type}, { readonly ${key}: ${quoted(tag)} }>`;
      const known = this.#named.get(fields as unknown as Shape);
      if (known !== undefined) return [tag, known] as const;
      const caseName = `${name}${capital(camel(tag))}`;
      this.#named.set(fields as unknown as Shape, caseName);
      this.#case(caseName, caseType, key, tag, fields, STAMPS.get(fields));
      return [tag, caseName] as const;
    });
    const lines = [
      `const ${allowed} = /* @__PURE__ */ Object.freeze([${tags.map(quoted).join(', ')}] as const);`,
      `const ${name}: Check<${type}> = (value, issues) => {`,
    ];
    if (stamps.length > 0) {
      lines.push('  const stamp = trustedAs(value);');
      lines.push(`  if (${stamps.map((stamp) => `stamp === ${stamp}`).join(' || ')}) return value as ${type};`);
    }
    lines.push(
      '  if (!isRecord(value, issues)) return INVALID;',
      `  const tag = Object.hasOwn(value, ${quoted(key)}) ? (value as { readonly ${key}?: unknown }).${key} : undefined;`,
    );
    for (const [tag, check] of caseChecks) lines.push(`  if (tag === ${quoted(tag)}) return ${check}(value, issues);`);
    lines.push(
      `  issues.push({ path: [${quoted(key)}], problem: { code: 'unknown_variant', allowed: ${allowed} } });`,
      '  return INVALID;',
      '};',
    );
    this.blocks.push(lines.join('\n'));
  }

  // One case of a variant, its tag read already: the other fields, and the tag put back first.
  #case(name: string, type: string, key: string, tag: string, fields: Fields, stamp: string | undefined): void {
    if (Object.keys(fields).length === 0) {
      const only = `${name}Value`;
      this.blocks.push(
        `const ${only} = /* @__PURE__ */ Object.freeze({ ${key}: ${quoted(tag)} } as const);\nconst ${name}: Check<${type}> = () => ${only};`,
      );
      return;
    }
    const lines = [`const ${name}: Check<${type}> = (value, issues) => {`];
    lines.push(...this.#body(name, type, fields, [key, tag]).map((line) => `  ${line}`));
    lines.push(
      stamp === undefined ? '  return Object.freeze(made);' : `  return trustFrozen(Object.freeze(made), ${stamp});`,
    );
    lines.push('};');
    this.blocks.push(lines.join('\n'));
  }

  /** A request: its fields read once into a new object, not frozen, that stays in the library. */
  request(name: string, type: string, fields: Fields): void {
    const lines = [
      `export const ${name}: Check<${type}> = (value, issues) => {`,
      '  if (!isRecord(value, issues)) return INVALID;',
    ];
    lines.push(...this.#body(name, type, fields, undefined).map((line) => `  ${line.replace(' as const;', ';')}`));
    lines.push('  return made;', '};');
    this.blocks.push(lines.join('\n'));
  }
}

/** The text of src/validation/generated.ts, formatted as the project formats its sources. */
export const renderChecks = async (): Promise<string> => {
  const writer = new Writer();
  for (const record of RECORDS) writer.checkOf(record.shape, lower(record.type), record.type);
  const requests = Object.keys(REQUEST_SHAPES);
  for (const [name, shape] of Object.entries(REQUEST_SHAPES)) writer.request(`check${name}`, name, shape.fields);
  // Imports as the lint rule sorts them: by path, and the names in each by name.
  const byName = (a: string, b: string): number =>
    a.replace(/^type /u, '').localeCompare(b.replace(/^type /u, ''), 'en');
  const stamped = new Set([...STAMPS.values()].map((stamp) => stamp.split('.')[0]));
  const imports = new Map<string, string[]>([['../values/requests', requests.map((name) => `type ${name}`)]]);
  for (const record of RECORDS) {
    const names = imports.get(record.from) ?? [];
    if (stamped.has(record.name) && !names.includes(record.name)) names.push(record.name);
    names.push(`type ${record.type}`);
    imports.set(record.from, names);
  }
  const text = [
    '// Generated by scripts/checks.ts (`npm run checks`) from the shapes of the records and the',
    '// requests (src/values). Do not edit: a test fails when this file differs from what the script',
    '// writes, and another holds each check to the answers of the interpreted one (validation/shapes.ts).',
    '',
    ...[...imports]
      .sort(([a], [b]) => a.localeCompare(b, 'en'))
      .map(([from, names]) =>
        names.every((name) => name.startsWith('type '))
          ? `import type { ${names
              .map((name) => name.slice(5))
              .sort(byName)
              .join(', ')} } from '${from}';`
          : `import { ${names.sort(byName).join(', ')} } from '${from}';`,
      ),
    "import { arrayOf, boolean, type Check, INVALID, isRecord, prefix } from './check';",
    "import { isAccountId, isDisplayName, isEmail, isInstant, isInvitationId, isLeid, isLogin, isPropertyId, isRights } from './leaves';",
    "import { trustedAs, trustFrozen } from './trust';",
    '',
    ...writer.blocks.map((block) => `${block}\n`),
    ...RECORDS.map(
      (record) =>
        `/** The check of a record of shape \`${record.name}\`. */\nexport const ${record.check}: Check<${record.type}> = ${lower(record.type)};\n`,
    ),
  ].join('\n');
  const options = await prettier.resolveConfig(new URL('../src/validation/generated.ts', import.meta.url));
  return prettier.format(text, { ...options, parser: 'typescript' });
};
