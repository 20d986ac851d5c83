import { readFileSync } from 'node:fs';

import { execute, worldFrom } from 'partner-account-rules';
import { commandFromBody, negotiateLocale, toAccepted, toProblem } from 'partner-account-rules/http';
import { parseScenario } from 'partner-account-rules/schema';

const file: unknown = JSON.parse(readFileSync(new URL('../scenarios/walkthrough.json', import.meta.url), 'utf8'));
const started = parseScenario(file).andThen((scenario) => worldFrom(scenario.world));
if (started.isErr()) throw new Error('the walkthrough does not load');
const world = started.value;

// What a route for POST /properties/:property/users is given: the body as the client sent it,
// the account of the verified login (never the body's), and the Accept-Language header.
const requests = [
  { login: 'acc-astrid', language: 'en', body: { username: 'omar.revenue', email: 'omar@agency.example' } },
  {
    login: 'acc-astrid',
    language: 'sv-SE,en;q=0.5',
    body: { username: 'lars.lakeside', email: 'lars@lakeside.example' },
  },
  {
    login: 'acc-maja',
    language: 'en',
    body: { username: 'omar.revenue', email: 'omar@agency.example', actor: { kind: 'platform' } },
  },
];

for (const { login, language, body } of requests) {
  commandFromBody(
    'add_user',
    { property: 'nordlys-harbour', ...body },
    // The server's clock, and the server's IDs for any record a command makes.
    { actor: { kind: 'account', id: login }, now: '2026-11-22T10:00:00Z', newId: () => crypto.randomUUID() },
  )
    .andThen((command) => execute(world, command))
    .match(
      (executed) => {
        // What the client is sent: the events' kinds and IDs, never the records they carry.
        const { status, events } = toAccepted(executed);
        console.log(
          status,
          events.map((event) => [event.kind, event.rights]),
        );
      },
      (rejection) => {
        // What the client is sent: application/problem+json, with the problem's status.
        const problem = toProblem(rejection, { locale: negotiateLocale(language) });
        console.log(problem.status, problem.code, problem.detail);
      },
    );
}
