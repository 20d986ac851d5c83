import { readFileSync } from 'node:fs';

import { accountId, execute, explain, primaryPortfolio, worldFrom } from 'partner-account-rules';
import { parseCommand, parseScenario } from 'partner-account-rules/schema';

// The walkthrough's starting world, read from JSON and checked whole.
const file: unknown = JSON.parse(readFileSync(new URL('../scenarios/walkthrough.json', import.meta.url), 'utf8'));
const started = parseScenario(file).andThen((scenario) => worldFrom(scenario.world));
const astrid = accountId('acc-astrid');
// A script may stop here; a service would answer with what is wrong (explain(started.error, 'en')).
if (started.isErr() || astrid.isErr()) throw new Error('the walkthrough does not load');
const world = started.value;

for (const json of [
  {
    action: 'add_property',
    actor: { kind: 'account', id: 'acc-astrid' },
    now: '2026-11-22T10:00:00Z',
    agreement: 1001,
    property: 'nordlys-spa',
    origin: { kind: 'new_registration' },
  },
  {
    action: 'add_property',
    actor: { kind: 'account', id: 'acc-maja' },
    now: '2026-11-22T10:05:00Z',
    agreement: 1001,
    property: 'nordlys-spa',
    origin: { kind: 'new_registration' },
  },
]) {
  parseCommand(json)
    .andThen((command) => execute(world, command))
    .match(
      ({ world: next, rules, events }) => {
        console.log(
          rules,
          events.map((event) => event.kind),
          primaryPortfolio(next, astrid.value).length,
        );
      },
      (no) => {
        console.log(no.code, explain(no, 'en'));
      },
    );
}
