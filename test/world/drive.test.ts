import { readFileSync } from 'node:fs';

import {
  type Account,
  decideWith,
  execute,
  type Lookup,
  makeAccount,
  makeProperty,
  permittedWith,
  worldFrom,
} from 'partner-account-rules';
import { parseScenario, parseSnapshot } from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

import { answered } from '../../src/world/answers';
import { ask } from '../../src/world/lookups';
import { tablesOf } from '../../src/world/world';
import { invitationJson, SNAPSHOT } from './world';

// decideWith and permittedWith drive the handlers on a store's answers. That they decide as the
// world does is the differential test's (test/postgres/); here, what they make of a store that
// answers badly: never a throw, always a typed failure that names the lookup.

const command = {
  action: 'remove_property',
  actor: { kind: 'account', id: 'anna' },
  now: 1_800_000_000_000,
  account: 'carl',
  property: 'h1',
};
const anna = makeAccount({
  kind: 'primary',
  id: 'anna',
  login: 'anna',
  email: 'a@x.example',
  name: 'Anna',
  agreement: 1,
});
const h1 = makeProperty({ id: 'h1', link: { kind: 'agreement', leid: 1 } })._unsafeUnwrap();

describe('decideWith', () => {
  it('asks nothing of a malformed command', async () => {
    const asked: Lookup[] = [];
    const answer = await decideWith({ ...command, now: 'soon' }, (lookup) => asked.push(lookup));
    expect(answer._unsafeUnwrapErr().code).toBe('invalid_input');
    expect(asked).toStrictEqual([]);
  });

  it('asks the actor first, and decides on the answers it is given', async () => {
    const asked: Lookup['kind'][] = [];
    const answer = await decideWith(command, (lookup) => {
      asked.push(lookup.kind);
      if (lookup.kind === 'account') return lookup.id === 'anna' ? anna._unsafeUnwrap() : undefined;
      return lookup.kind === 'property' ? h1 : undefined;
    });
    expect(asked).toStrictEqual(['account', 'property', 'account']);
    // Carl is not there: he reaches nothing, the answer every admin gets for one who does not reach it.
    expect(answer._unsafeUnwrapErr().code).toBe('property_not_reached');
  });

  it('tells of an answer that threw or rejected, with what it threw', async () => {
    const cause = new Error('connection lost');
    expect((await decideWith(command, () => Promise.reject(cause)))._unsafeUnwrapErr()).toStrictEqual({
      code: 'lookup_failed',
      lookup: 'account',
      reason: 'threw',
      cause,
    });
    const thrown = await decideWith(command, () => {
      throw cause;
    });
    expect(thrown._unsafeUnwrapErr()).toMatchObject({ code: 'lookup_failed', reason: 'threw' });
  });

  it('checks each answer before the decision reads it', async () => {
    const answer = await decideWith(command, () => ({ kind: 'primary', id: 'anna' }));
    expect(answer._unsafeUnwrapErr()).toMatchObject({
      code: 'lookup_failed',
      lookup: 'account',
      reason: 'invalid_answer',
    });
    // A getter that throws (but for `then`, which awaiting the answer reads: a throw there is `threw`).
    const hostile = new Proxy(
      {},
      {
        get: (_, key) => {
          if (key === 'then') return undefined;
          throw new Error('trap');
        },
      },
    );
    expect((await decideWith(command, () => hostile))._unsafeUnwrapErr()).toMatchObject({
      code: 'lookup_failed',
      reason: 'invalid_answer',
    });
  });
});

describe('permittedWith', () => {
  it('checks the question, then asks who asks', async () => {
    expect((await permittedWith({ actor: { kind: 'nobody' }, now: 0 }, () => undefined))._unsafeUnwrapErr().code).toBe(
      'invalid_input',
    );
    const answer = await permittedWith({ actor: { kind: 'account', id: 'ghost' }, now: 0 }, () => undefined);
    expect(answer._unsafeUnwrapErr()).toMatchObject({
      code: 'record_not_found',
      facts: { record: 'account', id: 'ghost' },
    });
  });

  it('CX-6: refuses to accept an invitation before it was sent, as decideWith does, and allows it from then', async () => {
    // A store keeps no clock, so a moment before the invitation is a question it can be asked.
    const sentAt = 1_800_000_000_000;
    const invitation = invitationJson({ sentAt });
    const tables = tablesOf(
      worldFrom(parseSnapshot({ ...SNAPSHOT, invitations: [invitation] })._unsafeUnwrap())._unsafeUnwrap(),
    );
    const store = (lookup: Lookup) => answered(tables, ask(lookup));
    const actor = { kind: 'invitee', invitation: 'i1' };
    const accepting = async (now: number) =>
      (await permittedWith({ actor, now }, store))._unsafeUnwrap().find(({ action }) => action === 'accept_invitation');
    const early = sentAt - 1;
    const refusal = {
      code: 'invitation_not_yet_sent',
      rules: ['CX-6'],
      facts: { invitation: 'i1', sentAt, now: early },
      remedies: [],
    };
    expect(await accepting(early)).toStrictEqual({
      action: 'accept_invitation',
      status: 'refused',
      rejection: refusal,
    });
    const decided = await decideWith(
      { action: 'accept_invitation', actor, now: early, account: 'gus', login: 'gus' },
      store,
    );
    expect(decided._unsafeUnwrapErr()).toStrictEqual(refusal);
    expect(await accepting(sentAt)).toStrictEqual({ action: 'accept_invitation', status: 'allowed' });
  });

  it('tells of a store that answers a question of its indexes with something else', async () => {
    const answer = await permittedWith({ actor: { kind: 'platform' }, now: 0 }, (lookup) =>
      lookup.kind === 'has_unlinked' ? 'yes' : false,
    );
    expect(answer._unsafeUnwrapErr()).toMatchObject({
      code: 'lookup_failed',
      lookup: 'has_unlinked',
      reason: 'invalid_answer',
    });
  });
});

// A store keeps who reaches what as rows of its own, changed by each write's `reach`: what the
// account gained and lost, which must be exactly the difference between its lists of properties
// before and after (a primary account reaches by its agreement, and lists none).
describe('decideWith: the writes a store carries out', () => {
  const listed = (account: Account | undefined): readonly string[] =>
    account?.kind === 'non_primary' ? account.properties : [];
  const minus = (a: readonly string[], b: readonly string[]) => a.filter((id) => !b.includes(id)).sort();

  it.each(['walkthrough.json', 'invitations-and-admins.json'])(
    '%s: each account written gains and loses what its properties did',
    async (file) => {
      const scenario = parseScenario(
        JSON.parse(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8')),
      )._unsafeUnwrap();
      let world = worldFrom(scenario.world)._unsafeUnwrap();
      let accountsWritten = 0;
      for (const { command: step } of scenario.steps) {
        const tables = tablesOf(world);
        const decided = await decideWith(step, (lookup: Lookup) => answered(tables, ask(lookup)));
        if (decided.isErr()) continue;
        for (const write of decided.value.writes) {
          if (write.kind !== 'account') continue;
          accountsWritten += 1;
          const had = listed(tables.accounts.get(write.account.id));
          const has = listed(write.account);
          expect({ added: [...write.reach.added].sort(), removed: [...write.reach.removed].sort() }).toStrictEqual({
            added: minus(has, had),
            removed: minus(had, has),
          });
        }
        world = execute(world, step)._unsafeUnwrap().world;
      }
      expect(accountsWritten).toBeGreaterThan(5);
    },
  );
});
