import { readFileSync } from 'node:fs';

import { err } from 'neverthrow';
import { execute, MAX_ISSUES, worldFrom } from 'partner-account-rules';
import {
  JSON_SCHEMA_FILES,
  jsonSchemas,
  parseCommand,
  parseEvents,
  parseScenario,
  parseSnapshot,
} from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

const snapshot = {
  agreements: [{ leid: 1, status: 'active' }],
  properties: [{ id: 'h1', link: { kind: 'agreement', leid: 1 } }],
  accounts: [
    { kind: 'primary', id: 'anna', login: '  Anna.K ', email: 'Anna@Example.COM', name: 'Anna', agreement: 1 },
  ],
};

describe('parseSnapshot', () => {
  it('builds values through the smart constructors (CX-7: login and email in their compared form), and lists left out are empty', () => {
    const parsed = parseSnapshot(snapshot)._unsafeUnwrap();
    expect(parsed.accounts[0]).toStrictEqual({
      kind: 'primary',
      id: 'anna',
      login: 'anna.k',
      email: 'anna@example.com',
      name: 'Anna',
      agreement: 1,
    });
    expect(parsed.invitations).toStrictEqual([]);
    expect(worldFrom(parsed).isOk()).toBe(true);
    // Each list left out alone, and all of them: what is left out is empty, what is given is kept.
    const lists = ['agreements', 'properties', 'accounts', 'invitations'] as const;
    const full = { ...snapshot, invitations: [] };
    for (const left of lists) {
      const rest = Object.fromEntries(Object.entries(full).filter(([key]) => key !== left));
      expect(parseSnapshot(rest)._unsafeUnwrap()).toStrictEqual({ ...parseSnapshot(full)._unsafeUnwrap(), [left]: [] });
    }
    expect(parseSnapshot({})._unsafeUnwrap()).toStrictEqual({
      agreements: [],
      properties: [],
      accounts: [],
      invitations: [],
    });
  });

  it('reports every problem with its path: a misspelt field, a wrong type, a value a constructor refuses, an unknown variant', () => {
    const broken = {
      agreements: [{ leid: 0, status: 'active' }],
      properties: [{ id: 'h1', link: { kind: 'linked', leid: 1 } }],
      accounts: [
        {
          kind: 'primary',
          id: 'anna',
          login: 'anna',
          email: 'not-an-email',
          name: 'Anna',
          agreement: '1',
          agreemnt: 1,
        },
      ],
    };
    expect(parseSnapshot(broken)).toStrictEqual(
      err({
        code: 'invalid_input',
        issues: [
          { path: ['agreements', 0, 'leid'], problem: { code: 'not_positive' } },
          {
            path: ['properties', 0, 'link', 'kind'],
            problem: { code: 'unknown_variant', allowed: ['agreement', 'none', 'attached'] },
          },
          { path: ['accounts', 0, 'email'], problem: { code: 'malformed_email' } },
          {
            path: ['accounts', 0, 'agreement'],
            problem: { code: 'wrong_type', expected: ['number'], received: 'string' },
          },
          { path: ['accounts', 0, 'agreemnt'], problem: { code: 'unknown_field' } },
        ],
      }),
    );
  });

  it('answers by content, never by size: the same records in forms JSON brings, with 10,000 or 10,001 properties', () => {
    const sized = (count: number) => ({
      agreements: [{ leid: 1, status: 'active' }],
      properties: Array.from({ length: count }, (_, index) => ({
        id: `h${String(index)}`,
        link: { kind: 'agreement', leid: 1 },
      })),
      accounts: [{ kind: 'primary', id: 'p1', login: 'Astrid.N', email: 'Astrid@N.example', name: 'A', agreement: 1 }],
      invitations: [
        {
          id: 'i1',
          property: 'h0',
          invitedBy: 'p1',
          name: 'G',
          email: 'g@x.example',
          rights: ['inbox'],
          sentAt: '2026-11-01T10:00:00Z',
          status: { kind: 'pending' },
        },
      ],
      clock: '2026-11-02T10:00:00Z',
    });
    const [small, large] = [10_000, 10_001].map((count) => parseSnapshot(sized(count))._unsafeUnwrap());
    expect(large?.accounts).toStrictEqual(small?.accounts);
    expect(large?.invitations).toStrictEqual(small?.invitations);
    expect(large?.clock).toBe(Date.parse('2026-11-02T10:00:00Z'));
    // And one wrong field is the same issue at both sizes.
    const wrong = (count: number) =>
      parseSnapshot({ ...sized(count), accounts: [{ ...sized(1).accounts[0], email: 'no-at' }] });
    expect(wrong(10_001)).toStrictEqual(wrong(10_000));
  });

  it('refuses what JSON cannot hold: an object of a class, such as a Date or a Map', () => {
    for (const input of [new Date(0), new Map(), { agreements: [new Date(0)] }])
      expect(parseSnapshot(input)._unsafeUnwrapErr().issues[0].problem).toStrictEqual({
        code: 'wrong_type',
        expected: ['object'],
        received: 'instance',
      });
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, 'text', [], { agreements: 'x' }, { accounts: [Object.create(null)] }])
      expect(parseSnapshot(input).isErr()).toBe(true);
  });
});

describe('parseCommand', () => {
  it('reads a command that execute carries out, with ISO times', () => {
    const command = parseCommand({
      action: 'remove_property',
      actor: { kind: 'account', id: 'anna' },
      now: '2026-11-22T10:00:00Z',
      account: 'anna',
      property: 'h1',
    })._unsafeUnwrap();
    expect(command.now).toBe(Date.parse('2026-11-22T10:00:00Z'));
    const world = worldFrom(parseSnapshot(snapshot)._unsafeUnwrap())._unsafeUnwrap();
    expect(execute(world, command).isErr() && execute(world, command)._unsafeUnwrapErr().code).toBe(
      'primary_account_keeps_properties',
    );
  });

  it('names the unknown action and the missing actor', () => {
    expect(parseCommand({ action: 'delete_all', now: 1 })._unsafeUnwrapErr().issues[0].path).toStrictEqual(['action']);
    expect(
      parseCommand({ action: 'terminate_agreement', agreement: 1, now: 1 })._unsafeUnwrapErr().issues,
    ).toStrictEqual([
      { path: ['actor'], problem: { code: 'wrong_type', expected: ['object'], received: 'undefined' } },
    ]);
  });
});

describe('zod issues as the core names them', () => {
  const issues = (result: { _unsafeUnwrapErr: () => { issues: readonly unknown[] } }) =>
    result._unsafeUnwrapErr().issues;
  const terminate = { action: 'terminate_agreement', actor: { kind: 'platform' }, agreement: 1 };

  it('a moment of neither type, of the right type but wrong, and too large for JSON', () => {
    expect(issues(parseCommand({ ...terminate, now: true }))).toStrictEqual([
      { path: ['now'], problem: { code: 'wrong_type', expected: ['string', 'number'], received: 'boolean' } },
    ]);
    expect(issues(parseCommand({ ...terminate, now: 'yesterday' }))).toStrictEqual([
      { path: ['now'], problem: { code: 'malformed_timestamp' } },
    ]);
    expect(issues(parseCommand({ ...terminate, now: Number.POSITIVE_INFINITY }))).toStrictEqual([
      { path: ['now'], problem: { code: 'not_integer' } },
    ]);
    expect(issues(parseSnapshot({ agreements: [{ leid: Number.POSITIVE_INFINITY, status: 'active' }] }))).toStrictEqual(
      [{ path: ['agreements', 0, 'leid'], problem: { code: 'not_integer' } }],
    );
  });

  it('a title by language with one missing, an empty title and an empty list of steps', () => {
    expect(issues(parseScenario({ title: { en: 'x' }, world: {}, steps: [] }))).toStrictEqual([
      { path: ['title', 'sv'], problem: { code: 'wrong_type', expected: ['string'], received: 'undefined' } },
      { path: ['steps'], problem: { code: 'empty' } },
    ]);
    expect(issues(parseScenario({ title: '', world: {}, steps: [] }))[0]).toStrictEqual({
      path: ['title'],
      problem: { code: 'empty' },
    });
  });

  it(
    'a large input: a million wrong items listed as the core lists them, and records that do not fit together left to worldFrom',
    { timeout: 30_000 },
    () => {
      const wrong = issues(parseSnapshot({ agreements: new Array(1_000_000).fill('h1') }));
      expect(wrong[0]).toStrictEqual({
        path: ['agreements', 0],
        problem: { code: 'wrong_type', expected: ['object'], received: 'string' },
      });
      expect(wrong.at(-1)).toStrictEqual({ path: [], problem: { code: 'more_issues', count: 1_000_000 - MAX_ISSUES } });
      const dangling = {
        properties: Array.from({ length: 20_000 }, (_, index) => ({
          id: `p${String(index)}`,
          link: { kind: 'agreement', leid: 9 },
        })),
      };
      const parsed = parseSnapshot(dangling);
      expect(parsed.isOk()).toBe(true);
      expect(parsed.andThen(worldFrom)._unsafeUnwrapErr().issues[0]).toStrictEqual({
        path: ['properties', 0, 'link', 'leid'],
        problem: { code: 'unknown_reference', record: 'agreement' },
      });
    },
  );

  it('counts every unknown field over the cap, when one zod issue names many', () => {
    const list = issues(
      parseSnapshot(Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`k${String(index)}`, 1]))),
    );
    expect(list).toHaveLength(MAX_ISSUES + 1);
    expect(list.at(-1)).toStrictEqual({ path: [], problem: { code: 'more_issues', count: 50 } });
  });
});

describe('parseScenario', () => {
  it('refuses an expected code no rule or world can produce', () => {
    const scenario = JSON.parse(readFileSync(new URL('../../scenarios/walkthrough.json', import.meta.url), 'utf8')) as {
      steps: { expect: unknown }[];
    };
    scenario.steps[0] = { ...scenario.steps[0], expect: { outcome: 'rejected', code: 'no_such_code' } };
    expect(parseScenario(scenario)._unsafeUnwrapErr().issues[0].path).toStrictEqual(['steps', 0, 'expect', 'code']);
  });
});

describe('the JSON Schema files in schemas/', () => {
  it.each(JSON_SCHEMA_FILES)('%s is what npm run schemas writes from the zod schemas today', (file) => {
    const committed: unknown = JSON.parse(readFileSync(new URL(`../../schemas/${file}`, import.meta.url), 'utf8'));
    expect(committed).toStrictEqual(jsonSchemas()[file]);
  });

  it('tell other languages the limits the constructors hold values to', () => {
    const text = JSON.stringify(jsonSchemas()['snapshot.schema.json']);
    expect(text).toContain('"maxLength":128');
    expect(text).toContain('"minimum":1');
  });
});

describe('the short ways of parseSnapshot and parseEvents', () => {
  const throwing = (fields: Record<string, unknown>, key: string): object =>
    Object.defineProperty({ ...fields }, key, {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });

  it('answer a getter that throws, at any depth, with invalid_input, never a throw', () => {
    for (const input of [
      throwing({ agreements: [], properties: [] }, 'agreements'),
      { agreements: [throwing({ leid: 1 }, 'status')] },
      [throwing({ kind: 'primary_account_requested' }, 'at')],
    ]) {
      for (const parse of [parseSnapshot, parseEvents]) {
        const answer = parse(input);
        expect(answer.isErr() && answer.error.code).toBe('invalid_input');
      }
    }
  });
});
