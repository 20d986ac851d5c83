import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import * as http from '../../src/http/index';
import * as core from '../../src/index';
import * as postgres from '../../src/postgres/index';
import * as schema from '../../src/schema/index';

// Every `@example` in the JSDoc of src/ is compiled against the package as a user imports it, so
// an example that names a renamed function or passes a wrong field fails here, not in a reader's
// editor. The names an example takes as given (a world, an account, a property) are declared
// once below with their types.

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

const filesOf = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesOf(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

interface Example {
  readonly where: string;
  readonly code: string;
}

const JSDOC = /\/\*\*[\s\S]*?\*\//g;

/** The `@example` blocks of a file's JSDoc, each up to the next tag or the comment's end. */
const examplesOf = (file: string): Example[] => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(JSDOC)].flatMap((match) => {
    const lines = match[0]
      .replace(/^\/\*\*|\*\/$/g, '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''));
    const line = text.slice(0, match.index).split('\n').length;
    const examples: Example[] = [];
    let current: string[] | null = null;
    for (const content of lines) {
      if (content.startsWith('@')) {
        if (current !== null) examples.push({ where: `${relative(root, file)}:${line}`, code: current.join('\n') });
        current = content.startsWith('@example') ? [] : null;
      } else current?.push(content);
    }
    if (current !== null) examples.push({ where: `${relative(root, file)}:${line}`, code: current.join('\n') });
    return examples;
  });
};

const examples = filesOf(src).flatMap(examplesOf);

// What the examples take as given.
const GIVEN = `
declare const text: string;
declare const world: World;
declare const command: Command;
declare const scenario: Scenario;
declare const leid: LegalEntityId;
declare const now: Instant;
declare const anna: AccountId;
declare const hotel: PropertyId;
declare const hostel: PropertyId;
declare const primary: PrimaryAccount;
declare const user: NonPrimaryAccount;
declare const account: PrimaryAccount;
declare const property: Property;
declare const linked: Property;
declare const attached: Property;
declare const other: Property;
declare const agreement: PartnerAgreement;
declare const invitation: Invitation;
declare const rejection: Rejection;
declare const login: LoginName;
declare const address: Email;
declare const name: DisplayName;
declare const rights: AccessRights;
declare const buyer: PartnerAgreement;
declare const newAgreement: PartnerAgreement;
declare const regular: NonPrimaryAccount;
declare const portfolio: readonly Property[];
declare const header: string;
declare const rows: readonly { readonly event: unknown }[];
declare const request: { readonly body: unknown; readonly headers: Readonly<Record<string, string | undefined>> };
declare const session: { readonly account: AccountId };
declare const reply: { status(code: number): typeof reply; type(media: string): typeof reply; send(body: unknown): void };
declare const pg: { Pool: new (config: { connectionString: string; max?: number }) => PoolLike };
declare const connectionString: string;
declare const PGlite: { create(): Promise<PGliteLike> };
declare const database: { answer(lookup: Lookup): Promise<unknown> };
declare const actor: CommandActor;
`;

const TYPES = [
  'World',
  'Command',
  'Scenario',
  'LegalEntityId',
  'Instant',
  'AccountId',
  'PropertyId',
  'PrimaryAccount',
  'NonPrimaryAccount',
  'Property',
  'PartnerAgreement',
  'Invitation',
  'Rejection',
  'LoginName',
  'Email',
  'DisplayName',
  'AccessRights',
  'Lookup',
  'CommandActor',
];

const prelude = [
  `import { ${Object.keys(core).join(', ')} } from 'partner-account-rules';`,
  `import type { ${TYPES.join(', ')} } from 'partner-account-rules';`,
  // The schema entry answers the core's JSON readers too: each name imported once.
  `import { ${Object.keys(schema)
    .filter((name) => !Object.hasOwn(core, name))
    .join(', ')} } from 'partner-account-rules/schema';`,
  `import { ${Object.keys(http).join(', ')} } from 'partner-account-rules/http';`,
  `import { ${Object.keys(postgres).join(', ')} } from 'partner-account-rules/postgres';`,
  `import type { PoolLike, PGliteLike } from 'partner-account-rules/postgres';`,
  GIVEN,
].join('\n');

/** The type errors of each of `sources`, compiled together in one program. */
const compile = (sources: ReadonlyMap<string, string>): ReadonlyMap<string, readonly string[]> => {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const options: ts.CompilerOptions = { ...parsed.options, noUnusedLocals: false, noEmit: true };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (path) => sources.get(path) ?? readFile(path);
  host.fileExists = (path) => sources.has(path) || ts.sys.fileExists(path);
  host.getSourceFile = (path, version, ...rest) => {
    const text = sources.get(path);
    return text === undefined
      ? getSourceFile(path, version, ...rest)
      : ts.createSourceFile(path, text, version, true, ts.ScriptKind.TS);
  };
  const program = ts.createProgram([...sources.keys()], options, host);
  return new Map(
    [...sources.keys()].map((path) => [
      path,
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(path))
        .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
    ]),
  );
};

describe('the JSDoc examples of src/', () => {
  it('are there: every function of every entry point is called in one', () => {
    const functions = [
      ...Object.entries(core),
      ...Object.entries(schema),
      ...Object.entries(http),
      ...Object.entries(postgres),
    ].flatMap(([name, value]) => (typeof value === 'function' ? [name] : []));
    expect(functions.length).toBeGreaterThan(60);
    const called = (name: string) => examples.some(({ code }) => new RegExp(`\\b${name}\\(`).test(code));
    expect(functions.filter((name) => !called(name))).toEqual([]);
  });

  // Not under mutation testing: Stryker's instrumented sources do not type-check (its mutants are
  // not type-correct, and it turns type checks off in them), and a type error kills no mutant.
  it.skipIf(process.env['MUTATION'] !== undefined)(
    'compile against the package as a user imports it',
    () => {
      const sources = new Map(
        examples.map((example, index) => [
          join(root, 'test', 'tooling', `example-${index}.ts`),
          `${prelude}\n// ${example.where}\n{\n${example.code}\n}\n`,
        ]),
      );
      const errors = compile(sources);
      const failures = examples.flatMap((example, index) => {
        const found = errors.get(join(root, 'test', 'tooling', `example-${index}.ts`)) ?? ['not compiled'];
        return found.length === 0 ? [] : [`${example.where}: ${found.join('; ')}`];
      });
      expect(failures).toEqual([]);
    },
    120_000,
  );
});
