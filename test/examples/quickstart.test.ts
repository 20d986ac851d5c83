import { readFileSync } from 'node:fs';

import { describe, expect, it, vi } from 'vitest';

describe('the README example', () => {
  it('is examples/quickstart.ts, word for word', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('../../examples/quickstart.ts', import.meta.url), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });

  it('runs and prints the PA-17 rejection, its Swedish message and its remedies', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('../../examples/quickstart');
    const printed = log.mock.calls.flat().map(String).join('\n');
    log.mockRestore();
    expect(printed).toContain('primary_account_keeps_properties');
    expect(printed).toContain('kan inte tas bort från det primära kontot');
    expect(printed).toContain('re-contracted');
  });
});

describe('the README world example', () => {
  it('is examples/world.ts, word for word', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('../../examples/world.ts', import.meta.url), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });

  it('runs: the primary registers a property (PA-10, PA-6), and a non-primary account is refused (PA-11)', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('../../examples/world');
    const printed = log.mock.calls.map((call) => call.map((value) => JSON.stringify(value)).join(' '));
    log.mockRestore();
    expect(printed[0]).toBe('["PA-10","PA-6"] ["property_registered"] 2');
    expect(printed[1]).toMatch(/^"non_primary_cannot_add_property" "Only the primary account can register properties/u);
  });
});

describe('the README HTTP example', () => {
  it('is examples/http.ts, word for word', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('../../examples/http.ts', import.meta.url), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });

  it('runs: one user added, one lookup answered as a client may see it, one spoofed actor refused', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('../../examples/http');
    const printed = log.mock.calls.map((call) => call.map((value) => JSON.stringify(value)).join(' '));
    log.mockRestore();
    // PA-14: the admin who added the user reviews its rights.
    expect(printed[0]).toBe('200 [["access_granted",["rates_and_availability","promotions"]]]');
    expect(printed[1]).toMatch(/^404 "user_not_found" "Ingen användare/u);
    expect(printed[1]).not.toMatch(/acc-lars|primär/u);
    expect(printed[2]).toMatch(/^400 "invalid_input" .*actor: is set by the server/u);
  });
});

describe('the README Postgres example', () => {
  it('is examples/postgres.ts, word for word', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('../../examples/postgres.ts', import.meta.url), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });

  it('runs: applied once under one key, replayed the second time, then login_taken (CX-4)', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('../../examples/postgres');
    const printed = log.mock.calls.map((call) => call.map((value) => JSON.stringify(value)).join(' '));
    log.mockRestore();
    expect(printed).toEqual([
      '1 ["PA-12","PA-13","CX-1"] [1] false',
      '2 ["PA-12","PA-13","CX-1"] [1] true',
      '"login_taken"',
    ]);
  });
});
