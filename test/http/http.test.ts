import { type Command, execute, RULES, WORLD_REJECTION_CODES } from 'partner-account-rules';
import {
  commandFromBody,
  isProblemCode,
  negotiateLocale,
  pointerOf,
  type ProblemCode,
  statusOf,
  toProblem,
} from 'partner-account-rules/http';
import { describe, expect, it } from 'vitest';

import { by, world } from '../world/world';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const anna = { kind: 'account', id: 'anna' } as const;
const PLATFORM_ACTOR = { kind: 'platform' } as const;
let made = 0;
// The server's ID maker: a new ID each call, as a UUID or a sequence would give.
const newId = (record: string): string => `${record}-${String((made += 1))}`;

describe('statusOf', () => {
  it('gives every code the library can answer with a status, and nothing else one', () => {
    const codes = [...new Set(RULES.flatMap((rule) => rule.codes)), ...WORLD_REJECTION_CODES, 'invalid_input'];
    for (const code of codes) {
      expect(isProblemCode(code), code).toBe(true);
      expect([400, 403, 404, 409, 422], code).toContain(statusOf(code as ProblemCode));
    }
    expect(statusOf('invalid_input')).toBe(400);
    expect(statusOf('actor_not_admin')).toBe(403);
    expect(statusOf('record_not_found')).toBe(404);
    expect(statusOf('login_taken')).toBe(409);
    expect(statusOf('no_access_rights_chosen')).toBe(422);
    for (const stray of ['toString', '__proto__', '', 'ok', 42, null])
      expect(statusOf(stray as ProblemCode), String(stray)).toBe(500);
  });
});

describe('negotiateLocale', () => {
  it.each([
    ['sv', 'sv'],
    ['sv-SE', 'sv'],
    ['SV-se', 'sv'],
    ['en-US,en;q=0.9', 'en'],
    ['de-DE,sv;q=0.5,en;q=0.4', 'sv'],
    ['de-DE,en;q=0.5,sv;q=0.6', 'sv'],
    ['en;q=0.5, sv;q=0.5', 'en'],
    ['sv;q=0.5, en;q=0.5', 'sv'],
    ['sv;q=0, *', 'en'],
    ['en;q=0, *', 'sv'],
    ['sv-SE;q=0, sv', 'sv'],
    ['fr, de', 'en'],
    ['sv;q=2', 'en'],
    ['sv;q=abc', 'en'],
    ['', 'en'],
    ['*', 'en'],
  ])('%j is %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it('answers English for what is not a header, and reads a huge one fast', () => {
    for (const stray of [undefined, null, 42, ['sv'], { sv: 1 }]) expect(negotiateLocale(stray)).toBe('en');
    const started = performance.now();
    expect(negotiateLocale(`${'x-y,'.repeat(1_000_000)}sv`)).toBe('en');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('commandFromBody', () => {
  it('makes the command from the route, the body and what the server knows', () => {
    const made = commandFromBody(
      'add_user',
      { property: 'h1', username: 'bo', email: 'bo@example.com' },
      { actor: anna, now: NOW, newId },
    );
    expect(made.isOk() && made.value).toEqual({
      action: 'add_user',
      property: 'h1',
      username: 'bo',
      email: 'bo@example.com',
      actor: anna,
      now: NOW,
    });
  });

  it('refuses a body that speaks for the actor, the time or the action, naming each', () => {
    const spoofed = commandFromBody(
      'remove_property',
      { account: 'bo', property: 'h1', actor: { kind: 'platform' }, now: 0, action: 'terminate_agreement' },
      { actor: anna, now: NOW, newId },
    );
    expect(spoofed.isErr() && spoofed.error.issues).toEqual([
      { path: ['action'], problem: { code: 'set_by_server' } },
      { path: ['actor'], problem: { code: 'set_by_server' } },
      { path: ['now'], problem: { code: 'set_by_server' } },
    ]);
    const problem = toProblem(spoofed._unsafeUnwrapErr(), { locale: 'sv' });
    expect(problem.status).toBe(400);
    expect(problem.errors?.map(({ pointer }) => pointer)).toEqual(['/action', '/actor', '/now']);
    expect(problem.errors?.[1]?.detail).toContain('sätts av servern');
  });

  it('refuses a body that hides what it speaks for from the first look and shows it to the copy', () => {
    // A proxy that answers "no such field" the first time it is asked about one, then the truth.
    const hiding = (target: Record<string, unknown>): object => {
      const asked = new Set<string | symbol>();
      return new Proxy(target, {
        getOwnPropertyDescriptor: (inner, key) => {
          if (!asked.has(key)) {
            asked.add(key);
            return undefined;
          }
          return Reflect.getOwnPropertyDescriptor(inner, key);
        },
      });
    };
    const context = { actor: anna, now: NOW, newId };
    const platform = commandFromBody(
      'remove_property',
      hiding({ account: 'bo', property: 'h1', actor: PLATFORM_ACTOR }),
      context,
    );
    expect(platform.isErr()).toBe(true);
    const user = { login: 'eva', email: 'eva@example.com', name: 'Eva', rights: ['inbox'] };
    const chosen = commandFromBody('create_user', { property: 'h1', user: hiding({ ...user, id: 'chosen' }) }, context);
    expect(chosen.isErr() && chosen.error.issues).toEqual([
      { path: ['user', 'id'], problem: { code: 'set_by_server' } },
    ]);
  });

  it('refuses fields the action does not have, and malformed ones, at their paths', () => {
    const wrong = commandFromBody(
      'invite',
      { property: 'h1', invitee: { name: 'Eva', email: 'no-at', rights: ['inbox'] }, extra: 1 },
      { actor: anna, now: NOW, newId },
    );
    const issues = wrong.isErr() ? wrong.error.issues : [];
    expect(issues.map(({ path }) => pointerOf(path)).sort()).toEqual(['/extra', '/invitee/email']);
  });

  it('makes the ID of every record a command makes, and refuses a body that names one', () => {
    const ids: string[] = [];
    const maker = (record: string): string => {
      ids.push(record);
      return `new-${record}`;
    };
    const context = { actor: anna, now: NOW, newId: maker };
    const user = { login: 'eva', email: 'eva@example.com', name: 'Eva', rights: ['inbox'] };
    expect(commandFromBody('create_user', { property: 'h1', user }, context)._unsafeUnwrap()).toMatchObject({
      user: { id: 'new-account' },
    });
    expect(
      commandFromBody('add_property', { agreement: 1, origin: { kind: 'new_registration' } }, context)._unsafeUnwrap(),
    ).toMatchObject({ property: 'new-property' });
    expect(
      commandFromBody(
        'accept_invitation',
        { login: 'eva' },
        { ...context, actor: { kind: 'invitee', invitation: 'i1' } },
      )._unsafeUnwrap(),
    ).toMatchObject({ account: 'new-account', actor: { kind: 'invitee', invitation: 'i1' } });
    expect(ids).toStrictEqual(['account', 'property', 'account']);
    // An existing listing is named by the client; a new record's ID never is.
    expect(
      commandFromBody(
        'add_property',
        { agreement: 1, property: 'h9', origin: { kind: 'existing_listing' } },
        context,
      )._unsafeUnwrap(),
    ).toMatchObject({ property: 'h9' });
    for (const [action, body, pointer] of [
      ['create_user', { property: 'h1', user: { ...user, id: 'mine' } }, '/user/id'],
      [
        'invite',
        { property: 'h1', invitee: { id: 'mine', name: 'E', email: 'e@example.com', rights: [] } },
        '/invitee/id',
      ],
      ['add_property', { agreement: 1, property: 'mine', origin: { kind: 'new_registration' } }, '/property'],
      ['accept_invitation', { login: 'eva', account: 'mine' }, '/account'],
    ] as const) {
      const refused = commandFromBody(action, body, context)._unsafeUnwrapErr();
      expect(refused.issues.map(({ path, problem }) => [pointerOf(path), problem.code])).toStrictEqual([
        [pointer, 'set_by_server'],
      ]);
    }
  });

  it('refuses what is not an object, an unknown action, and a body that throws when read', () => {
    for (const body of [null, [], 'text', 7])
      expect(commandFromBody('invite', body, { actor: anna, now: NOW, newId }).isErr()).toBe(true);
    const unknown = commandFromBody('fly' as 'invite', {}, { actor: anna, now: NOW, newId });
    expect(unknown.isErr() && unknown.error.issues[0].path).toEqual(['action']);
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    const unreadable = commandFromBody('invite', hostile, { actor: anna, now: NOW, newId });
    expect(unreadable.isErr() && unreadable.error.issues[0].problem.code).toBe('unreadable');
  });
});

describe('toProblem', () => {
  const refusal = (command: Record<string, unknown>) => {
    const answer = execute(world(), { now: NOW, ...command } as Command);
    if (answer.isOk()) throw new Error(`expected a refusal of ${JSON.stringify(command)}`);
    return answer.error;
  };

  it('is an RFC 9457 problem with the code, rules, facts and remedies and their messages', () => {
    const problem = toProblem(
      refusal({ action: 'remove_property', actor: by('anna'), account: 'anna', property: 'h1' }),
      { locale: 'en', audience: 'operator' },
    );
    expect(problem).toMatchObject({
      type: 'urn:partner-account-rules:problem:primary_account_keeps_properties',
      status: 409,
      code: 'primary_account_keeps_properties',
      rules: ['PA-17', 'PA-1'],
    });
    expect(problem.title.length).toBeGreaterThan(0);
    expect(problem.detail.length).toBeGreaterThan(20);
    expect(problem.remedies.length).toBeGreaterThan(0);
    for (const remedy of problem.remedies) expect(remedy.message.length).toBeGreaterThan(10);
    expect(JSON.parse(JSON.stringify(problem))).toEqual(problem);
  });

  it('tells a client nothing the operator sees of other records', () => {
    const taken = refusal({
      action: 'create_user',
      actor: by('anna'),
      property: 'h1',
      user: { id: 'n9', login: 'bo', email: 'new@example.com', name: 'New', rights: ['inbox'] },
    });
    expect(taken.code).toBe('login_taken');
    const operator = toProblem(taken, { audience: 'operator' });
    const client = toProblem(taken);
    expect(JSON.stringify(operator)).toContain('"holder"');
    expect(client.code).toBe('login_taken');
    expect(client.facts).toEqual({ login: 'bo' });
    expect(JSON.stringify(client)).not.toMatch(/"bo-account"|holder/u);
  });

  it('gives a client one answer for an unknown user, a wrong email and a primary account', () => {
    const lookups = [
      { username: 'nobody', email: 'bo@example.com' },
      { username: 'carl', email: 'wrong@example.com' },
      { username: 'bo', email: 'bo@example.com' },
    ].map((body) => refusal({ action: 'add_user', actor: by('anna'), property: 'h1', ...body }));
    expect(new Set(lookups.map(({ code }) => code)).size).toBe(3);
    // Alike but for the email each request named, which the remedy, to invite by email, repeats.
    const answers = lookups.map((rejection) =>
      JSON.stringify(toProblem(rejection, { locale: 'sv' })).replaceAll(/[a-z]+@example\.com/gu, '<email>'),
    );
    expect(new Set(answers).size).toBe(1);
    expect(toProblem(lookups[0] as (typeof lookups)[number], { locale: 'en' }).remedies).toStrictEqual([
      expect.objectContaining({ kind: 'invite_instead', property: 'h1', email: 'bo@example.com' }),
    ]);
  });

  it('answers anything that is not a rejection with a 500 problem, never a throw', () => {
    for (const stray of [
      null,
      7,
      {},
      { code: 'nope' },
      { code: 'login_taken' },
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('x');
          },
        },
      ),
    ]) {
      const problem = toProblem(stray as never);
      expect(problem.status === 500 || problem.code === 'login_taken').toBe(true);
    }
  });
});

describe('hostile calls', () => {
  const revoked = (): object => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };

  it('answer, never throw: unreadable options, contexts and paths', () => {
    const rejection = { code: 'invalid_input', issues: [{ path: ['a'], problem: { code: 'empty' } }] } as const;
    expect(toProblem(rejection, revoked() as never).status).toBe(400);
    const context = commandFromBody('invite', {}, revoked() as never);
    expect(context.isErr() && context.error.issues[0].problem.code).toBe('unreadable');
    expect(commandFromBody('invite', {}, undefined as never).isErr()).toBe(true);
    expect(pointerOf(revoked() as never)).toBe('');
  });

  it('writes a pointer of at most 64 steps, fast, whatever the path', () => {
    const started = performance.now();
    const sparse: (string | number)[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(pointerOf(sparse)).toBe('');
    expect(pointerOf(Array.from({ length: 1000 }, () => 'a')).length).toBe(128);
    expect(pointerOf(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
