import { type AccountId, type CommandActor, propertiesOf, runScenario, snapshotOf } from 'partner-account-rules';
import { commandFromBody } from 'partner-account-rules/http';
import { describe, expect, it } from 'vitest';

import { BODY_SCHEMAS } from '../../playground/src/bodies';
import { diagramOf } from '../../playground/src/diagram';
import { bodyOf, fieldsOf, type Values } from '../../playground/src/form';
import {
  actorKey,
  actorsOf,
  followRemedy,
  fromFragment,
  loadScenario,
  matrixOf,
  nowOf,
  restore,
  run,
  sessionOf,
  stepTo,
  toFragment,
  worldOf,
} from '../../playground/src/model';
import { WORDS } from '../../playground/src/words';
import invitationsAndAdmins from '../../scenarios/invitations-and-admins.json';
import walkthrough from '../../scenarios/walkthrough.json';

const SCENARIOS = { walkthrough, 'invitations-and-admins': invitationsAndAdmins };

// Every step of a scenario run in the playground, each at its own moment.
const ranThrough = (json: unknown) => {
  const loaded = loadScenario(json)._unsafeUnwrap();
  let session = sessionOf(loaded);
  for (const step of loaded.steps) session = run(session, step.command).session;
  return { loaded, session };
};

describe('the playground: a scenario and its log', () => {
  it.each(Object.entries(SCENARIOS))(
    '%s: its steps, run one by one, end in the world runScenario ends in',
    (_, json) => {
      const { loaded, session } = ranThrough(json);
      const report = runScenario({ title: loaded.title, world: loaded.snapshot, steps: loaded.steps })._unsafeUnwrap();
      expect(snapshotOf(worldOf(session))).toEqual(snapshotOf(report.world));
      // Each entry is what the step came to.
      session.log.forEach((entry, index) => {
        const step = report.steps[index];
        expect(entry.outcome).toBe(step?.result.outcome);
        if (entry.outcome === 'rejected' && step?.result.outcome === 'rejected')
          expect(entry.rejection.code).toBe(step.result.rejection.code);
      });
    },
  );

  it('steps back and forth by replaying the events, and a command after stepping back starts a new history', () => {
    const { loaded, session } = ranThrough(walkthrough);
    const middle = Math.floor(session.log.length / 2);
    let replayed = sessionOf(loaded);
    for (const entry of session.log.slice(0, middle)) replayed = run(replayed, entry.command).session;
    expect(snapshotOf(worldOf(stepTo(session, middle)))).toEqual(snapshotOf(worldOf(replayed)));
    expect(snapshotOf(worldOf(stepTo(session, 0)))).toEqual(snapshotOf(loaded.start));
    expect(stepTo(session, -5).at).toBe(0);
    expect(stepTo(session, 10_000).at).toBe(session.log.length);
    const back = stepTo(session, 2);
    const [first] = loaded.steps;
    if (first === undefined) throw new Error('the walkthrough has steps');
    const again = run(back, { ...first.command, now: nowOf(back) }).session;
    expect(again.log).toHaveLength(3);
    expect(again.at).toBe(3);
  });

  it('shares a state as a link fragment, and restores it by running its commands again', () => {
    const { loaded, session } = ranThrough(walkthrough);
    const at = session.log.length - 3;
    const fragment = toFragment({
      scenario: 'walkthrough',
      commands: session.log.map((entry) => entry.command),
      at,
      actor: 'account:acc-maja',
      locale: 'sv',
    });
    expect(fragment).toMatch(/^[\w-]+$/u);
    const shared = fromFragment(fragment)._unsafeUnwrap();
    const restored = restore(loaded, shared)._unsafeUnwrap();
    expect(restored.at).toBe(at);
    expect(snapshotOf(worldOf(restored))).toEqual(snapshotOf(worldOf(stepTo(session, at))));
    expect(fromFragment('%%%').isErr()).toBe(true);
    expect(
      fromFragment(toFragment({ scenario: 1, commands: 'no' as never, at: 0, actor: '', locale: '' })).isErr(),
    ).toBe(true);
    // A command in a link is checked as any command from outside.
    const forged = restore(loaded, { ...shared, commands: [{ action: 'add_property', actor: { kind: 'platform' } }] });
    expect(forged._unsafeUnwrapErr().code).toBe('invalid_input');
  });

  it('refuses a malformed scenario with the path of each problem', () => {
    const broken = { ...walkthrough, world: { ...walkthrough.world, agreements: [{ leid: 0, status: 'active' }] } };
    const error = loadScenario(broken)._unsafeUnwrapErr();
    expect(error.issues[0].path).toEqual(['world', 'agreements', 0, 'leid']);
  });

  it('answers a matrix for every actor, a row for each property it reaches', () => {
    const { session } = ranThrough(walkthrough);
    const snapshot = snapshotOf(worldOf(session));
    for (const actor of actorsOf(snapshot)) {
      const matrix = matrixOf(session, actor)._unsafeUnwrap();
      expect(matrix.anywhere).toHaveLength(15);
      if (actor.kind === 'platform') expect(matrix.byProperty).toHaveLength(snapshot.properties.length);
      if (actorKey(actor) === 'account:acc-maja')
        expect(matrix.anywhere.find(({ action }) => action === 'add_property')).toMatchObject({
          status: 'refused',
          rejection: { code: 'non_primary_cannot_add_property' },
        });
    }
  });

  it('follows a remedy into the action it names, with what it names filled in', () => {
    const snapshot = walkthrough.world as never;
    const maja = { kind: 'account', id: 'acc-maja' } as CommandActor;
    expect(followRemedy({ kind: 'request_primary_account', rule: 'PA-9', agreement: null }, snapshot, maja)).toEqual({
      action: 'request_primary_account',
      fields: {},
      actor: maja,
    });
    expect(
      followRemedy(
        { kind: 'invite_instead', rule: 'PA-15', property: 'h1', email: 'a@b.example' } as never,
        snapshot,
        maja,
      ),
    ).toEqual({ action: 'invite', fields: { property: 'h1', 'invitee.email': 'a@b.example' }, actor: maja });
    expect(
      followRemedy({ kind: 'ask_primary_account', rule: 'PA-10', agreement: 1001 } as never, snapshot, maja),
    ).toEqual({
      action: 'add_property',
      fields: { agreement: 1001 },
      actor: { kind: 'account', id: 'acc-astrid' },
    });
    expect(followRemedy({ kind: 'choose_another_login', rule: 'CX-4' }, snapshot, maja)).toBeNull();
  });
});

// A command's arguments as a form holds them: texts, ticks and lists of options, by path.
const flatten = (
  value: unknown,
  path = '',
  into: Record<string, Values[string]> = {},
): Record<string, Values[string]> => {
  if (Array.isArray(value)) into[path] = value.map(String);
  else if (typeof value === 'object' && value !== null)
    for (const [key, inner] of Object.entries(value)) flatten(inner, path === '' ? key : `${path}.${key}`, into);
  else if (typeof value === 'boolean') into[path] = value;
  else into[path] = String(value);
  return into;
};

interface Schema {
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly oneOf?: readonly Schema[];
  readonly const?: string;
}

// The part of a value its JSON Schema describes, read off the schema itself.
const described = (value: unknown, schema: Schema): unknown => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const chosen =
    schema.oneOf?.find((one) =>
      Object.entries(one.properties ?? {}).some(
        ([key, property]) => property.const !== undefined && record[key] === property.const,
      ),
    ) ?? schema;
  return Object.fromEntries(
    Object.entries(chosen.properties ?? {})
      .filter(([key]) => Object.hasOwn(record, key))
      .map(([key, property]) => [key, described(record[key], property)]),
  );
};

describe('the playground: forms made from the body JSON Schemas', () => {
  it('give back, from what a form holds, every field of every command of the shipped scenarios', () => {
    let count = 0;
    for (const json of Object.values(SCENARIOS))
      for (const step of loadScenario(json)._unsafeUnwrap().steps) {
        const { action, actor, now, ...args } = step.command;
        const schema = BODY_SCHEMAS[action] as Schema;
        const body = bodyOf(fieldsOf(schema), flatten(described(args, schema)));
        expect(body).toEqual(described(args, schema));
        // What the form makes is a body the HTTP helper reads, or names the ID the server makes.
        const command = commandFromBody(action, body, { actor, now, newId: () => 'new-id' });
        if (command.isErr()) expect(command.error.issues.map(({ problem }) => problem.code)).toEqual(['set_by_server']);
        count += 1;
      }
    expect(count).toBeGreaterThan(40);
  });

  it('sends a required field left empty, so that the library names it', () => {
    const fields = fieldsOf(BODY_SCHEMAS.request_primary_account);
    const body = bodyOf(fields, {});
    expect(body).toEqual({ agreement: null });
    const answer = commandFromBody('request_primary_account', body, {
      actor: { kind: 'platform' },
      now: 0,
      newId: () => 'x',
    });
    expect(answer._unsafeUnwrapErr().issues[0].path).toEqual(['agreement']);
  });
});

describe('the playground: the diagram', () => {
  it('draws every record with its words, in either language, and escapes what it draws', () => {
    const { start } = loadScenario(walkthrough)._unsafeUnwrap();
    const snapshot = snapshotOf(start);
    const reachedBy = (account: AccountId) => propertiesOf(start, account);
    for (const words of Object.values(WORDS)) {
      const svg = diagramOf(snapshot, words.diagram, reachedBy);
      for (const record of [...snapshot.properties.map(({ id }) => id), ...snapshot.accounts.map(({ id }) => id)])
        expect(svg).toContain(record);
      expect(svg).toContain(words.diagram.primary);
    }
    const hostile = { ...snapshot, properties: [{ id: '<script>"x"</script>', link: { kind: 'none' } }] } as never;
    expect(diagramOf(hostile, WORDS.en.diagram, reachedBy)).not.toContain('<script>');
  });
});
