import { readFileSync } from 'node:fs';

import { describe, expect, it, vi } from 'vitest';

// Each example of the README is a file of examples/, shown word for word, and runs as shown.

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

it.each(['quickstart', 'world', 'http', 'postgres'])('the README shows examples/%s.ts, word for word', (name) => {
  const example = readFileSync(new URL(`../../examples/${name}.ts`, import.meta.url), 'utf8');
  expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
});

// What an example prints with console.log, call by call, while `load` runs it.
const printedBy = async (load: () => Promise<unknown>): Promise<unknown[][]> => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  await load();
  const calls = log.mock.calls.map((call): unknown[] => [...(call as unknown[])]);
  log.mockRestore();
  return calls;
};

// Each call's arguments as JSON, joined by spaces.
const asJson = (calls: readonly unknown[][]): string[] =>
  calls.map((call) => call.map((value) => JSON.stringify(value)).join(' '));

describe('the README example', () => {
  it('runs and prints the PA-17 rejection, its Swedish message and its remedies', async () => {
    const printed = (await printedBy(() => import('../../examples/quickstart'))).flat().map(String).join('\n');
    expect(printed).toContain('primary_account_keeps_properties');
    expect(printed).toContain('kan inte tas bort från det primära kontot');
    expect(printed).toContain('re-contracted');
  });
});

describe('the README world example', () => {
  it('runs: the primary registers a property (PA-10, PA-6), and a non-primary account is refused (PA-11)', async () => {
    const printed = asJson(await printedBy(() => import('../../examples/world')));
    expect(printed[0]).toBe('["PA-10","PA-6"] ["property_registered"] 2');
    expect(printed[1]).toMatch(/^"non_primary_cannot_add_property" "Only the primary account can register properties/u);
  });
});

describe('the README HTTP example', () => {
  it('runs: one user added, one lookup answered as a client may see it, one spoofed actor refused', async () => {
    const printed = asJson(await printedBy(() => import('../../examples/http')));
    // PA-14: the admin who added the user reviews its rights.
    expect(printed[0]).toBe('200 [["access_granted",["rates_and_availability","promotions"]]]');
    expect(printed[1]).toMatch(/^404 "user_not_found" "Ingen användare/u);
    expect(printed[1]).not.toMatch(/acc-lars|primär/u);
    expect(printed[2]).toMatch(/^400 "invalid_input" .*actor: is set by the server/u);
  });
});

describe('the README Postgres example', () => {
  it('runs: applied once under one key, replayed the second time, then login_taken (CX-4)', async () => {
    expect(asJson(await printedBy(() => import('../../examples/postgres')))).toEqual([
      '1 ["PA-12","PA-13","CX-1"] [1] false',
      '2 ["PA-12","PA-13","CX-1"] [1] true',
      '"login_taken"',
    ]);
  });
});
