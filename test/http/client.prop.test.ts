import fc from 'fast-check';
import {
  type AccountId,
  type Command,
  execute,
  findAccount,
  findInvitation,
  type InvitationId,
  snapshotOf,
  type World,
  worldFrom,
  type WorldSnapshot,
} from 'partner-account-rules';
import { toProblem } from 'partner-account-rules/http';
import { parseCommand, parseSnapshot } from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

import { dated, START, START_SNAPSHOT, type TimedCommand, timedCommand } from '../world/commands';

// What a client is told names no record outside the acting account's reach: for generated worlds
// and commands, every ID in a client-audience problem (its facts, its remedies, its message) is
// one the command itself named, the actor's own, or one of a property the actor reaches, or an
// account that reaches such a property. The operator audience, which sees everything, is checked
// to name such IDs sometimes, so the test is not vacuous.

const seed = (): string => `FC_SEED=${String(fc.readConfigureGlobal().seed)}`;
const startWorld = (): World => worldFrom(parseSnapshot(START_SNAPSHOT)._unsafeUnwrap())._unsafeUnwrap();

/** Every string and number in a JSON value. */
const leaves = (value: unknown): (string | number)[] => {
  if (typeof value === 'string' || typeof value === 'number') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(leaves);
};

const portfolioLeid = (link: WorldSnapshot['properties'][number]['link']): number | null =>
  link.kind === 'agreement' ? link.leid : link.kind === 'attached' ? link.primaryOf : null;

/** The property and account IDs of the world that the actor of `command` may not be told of. */
const hiddenFrom = (world: World, command: Record<string, unknown>): string[] => {
  const snapshot = snapshotOf(world);
  const actor = command['actor'] as { readonly kind: string; readonly id?: string };
  if (actor.kind === 'platform') return [];
  const named = new Set(leaves(command).map(String));
  // An invitee reaches the property of the invitation it names.
  for (const id of named) {
    const invitation = findInvitation(world, id as InvitationId);
    if (invitation !== undefined) named.add(invitation.property);
  }
  const me = actor.id === undefined ? undefined : findAccount(world, actor.id as AccountId);
  const reached = new Set(
    snapshot.properties
      .filter((property) =>
        me === undefined
          ? false
          : me.kind === 'primary'
            ? portfolioLeid(property.link) === me.agreement
            : me.properties.includes(property.id),
      )
      .map(({ id }) => id),
  );
  const visibleAccounts = new Set(
    snapshot.accounts
      .filter(
        (account) =>
          account.id === me?.id ||
          (account.kind === 'non_primary' && account.properties.some((id) => reached.has(id))) ||
          (account.kind === 'primary' &&
            snapshot.properties.some(
              (property) => reached.has(property.id) && portfolioLeid(property.link) === account.agreement,
            )),
      )
      .map(({ id }) => id),
  );
  return [
    ...snapshot.properties.map(({ id }) => id).filter((id) => !reached.has(id)),
    ...snapshot.accounts.map(({ id }) => id).filter((id) => !visibleAccounts.has(id)),
  ].filter((id) => !named.has(id));
};

/** The IDs of `hidden` that a problem names, in its facts, remedies or message. */
const leaked = (problem: object, hidden: readonly string[]): string[] => {
  const values = new Set(leaves(problem).map(String));
  const text = JSON.stringify(problem);
  return hidden.filter((id) => values.has(id) || text.includes(`\\"${id}\\"`));
};

// Commands whose operator answer names an account the actor may not see (a login's holder), mixed
// in so that the check below always has something to hold back.
const revealing = fc.constantFrom<TimedCommand>(
  ...[
    ['p1', 'h1', 'bo'],
    ['p2', 'h3', 'carl'],
  ].map(([actor, property, login]) => ({
    args: {
      action: 'create_user',
      actor: { kind: 'account', id: actor },
      property,
      user: { id: 'n9', login, email: 'n9@example.com', name: 'N', rights: ['inbox'] },
    },
    hours: 1,
  })),
);

/** Generated commands, each run on the world the ones before it made; `visit` sees each. */
const sequences = fc.array(fc.oneof({ weight: 9, arbitrary: timedCommand }, { weight: 1, arbitrary: revealing }), {
  minLength: 5,
  maxLength: 30,
});
const runEach = (
  timed: readonly TimedCommand[],
  visit: (world: World, raw: Record<string, unknown>, command: Command, answer: ReturnType<typeof execute>) => void,
): void => {
  let world = startWorld();
  for (const next of timed) {
    const raw = dated(next, snapshotOf(world).clock ?? START);
    const command = parseCommand(raw);
    if (command.isErr()) continue;
    const answer = execute(world, command.value);
    visit(world, raw, command.value, answer);
    if (answer.isOk()) world = answer.value.world;
  }
};

describe('client-audience problems', () => {
  it('name no property the actor does not reach and no account it may not see', () => {
    let operatorLeaks = 0;
    fc.assert(
      fc.property(sequences, (timed) => {
        runEach(timed, (world, raw, _command, answer) => {
          if (answer.isOk()) return;
          const hidden = hiddenFrom(world, raw);
          for (const locale of ['en', 'sv'] as const) {
            const client = toProblem(answer.error, { locale });
            expect(leaked(client, hidden), `${seed()} ${JSON.stringify(raw)} → ${JSON.stringify(client)}`).toEqual([]);
          }
          if (leaked(toProblem(answer.error, { audience: 'operator' }), hidden).length > 0) operatorLeaks += 1;
        });
      }),
      { numRuns: 150 },
    );
    // The operator sees what the client does not: the check above had something to hold back.
    expect(operatorLeaks, seed()).toBeGreaterThan(0);
  });
});
