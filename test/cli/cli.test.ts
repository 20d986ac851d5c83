import { readFileSync } from 'node:fs';

import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { cli, EXIT } from '../../src/cli/cli';

const walkthrough: unknown = JSON.parse(
  readFileSync(new URL('../../scenarios/walkthrough.json', import.meta.url), 'utf8'),
);

// The CLI with files in memory: what it printed and what it returned.
const runCli = (args: readonly string[], files: Readonly<Record<string, string>> = {}) => {
  const out: string[] = [];
  const errors: string[] = [];
  const code = cli(
    args,
    {
      readFile: (path) => (Object.hasOwn(files, path) ? ok(files[path] ?? '') : err('cannot be read')),
      out: (text) => out.push(text),
      err: (text) => errors.push(text),
    },
    walkthrough,
  );
  return { code, out: out.join(''), err: errors.join('') };
};

const withStep = (change: (step: Record<string, unknown>) => Record<string, unknown>): string => {
  const copy = structuredClone(walkthrough) as { steps: Record<string, unknown>[] };
  copy.steps[2] = change(copy.steps[2] ?? {});
  return JSON.stringify(copy);
};

describe('partner-account-rules run', () => {
  it('runs the embedded walkthrough without a file, and every step is as expected', () => {
    const { code, out } = runCli(['run']);
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('Scenario: Managing properties and users on a primary account');
    expect(out).toMatch(/39 steps: 39 as expected, 0 not as expected\n$/u);
    expect(out).toContain('→ next step: Create a new non-primary account');
  });

  it('prints Swedish with --locale sv', () => {
    const { code, out } = runCli(['run', 'walk.json', '--locale', 'sv'], { 'walk.json': JSON.stringify(walkthrough) });
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('✘ nekat [primary_account_keeps_properties: PA-17, PA-1]');
    expect(out).toContain('nästa steg');
  });

  it('prints stable JSON with --json', () => {
    const { out } = runCli(['run', '--json']);
    const json = JSON.parse(out) as {
      summary: unknown;
      steps: { index: number; outcome: string; code: string | null; rules: string[] }[];
    };
    expect(json.summary).toStrictEqual({ steps: 39, passed: 39, failed: 0 });
    expect(json.steps[2]).toMatchObject({ index: 3, outcome: 'accepted', code: null, rules: ['PA-10', 'PA-6'] });
  });

  it('exits 1 when a step does not come out as expected, and says which', () => {
    const file = withStep((step) => ({
      ...step,
      expect: { outcome: 'rejected', code: 'property_in_other_agreement' },
    }));
    const { code, out } = runCli(['run', 'x.json'], { 'x.json': file });
    expect(code).toBe(EXIT.unexpected);
    expect(out).toContain('UNEXPECTED: expected rejected (property_in_other_agreement)');
  });

  it('exits 2 for a wrong field, naming its path inside the file', () => {
    const file = withStep(({ actor, ...step }) => ({ ...step, actr: actor }));
    const { code, err: error } = runCli(['run', 'x.json'], { 'x.json': file });
    expect(code).toBe(EXIT.malformed);
    expect(error).toContain('x.json: malformed, nothing was run:\n  steps[2].actor: expected object, got undefined\n');
    expect(error).toContain('steps[2].actr: is not a field here');
  });

  it('exits 2 for a file that is not JSON or cannot be read', () => {
    expect(runCli(['run', 'x.json'], { 'x.json': '{ nope' }).code).toBe(EXIT.malformed);
    expect(runCli(['run', 'missing.json']).err).toContain('missing.json: cannot be read');
  });

  it('exits 2 for an unknown option or locale', () => {
    expect(runCli(['run', '--locale', 'de']).code).toBe(EXIT.malformed);
    expect(runCli(['run', '--fast']).err).toContain('unknown option: --fast');
  });

  it('answers JSON on stdout for every outcome when asked for JSON, a malformed call included', () => {
    const calls: readonly (readonly string[])[] = [
      ['run', '--json'],
      ['run', 'x.json', '--json'],
      ['run', 'missing.json', '--json'],
      ['validate', 'x.json', '--json'],
      ['run', '--fast', '--json'],
      ['run', '--json', '--locale', 'de'],
      ['run', 'a.json', 'b.json', '--json'],
      ['validate', '--json'],
      ['bogus', '--json'],
    ];
    for (const call of calls) {
      const answer = runCli(call, { 'x.json': '{ nope', 'a.json': '{}', 'b.json': '{}' });
      expect(answer.err, call.join(' ')).toBe('');
      expect(() => JSON.parse(answer.out) as unknown, call.join(' ')).not.toThrow();
    }
    expect(JSON.parse(runCli(['bogus', '--json']).out)).toStrictEqual({
      outcome: 'misused',
      message: 'unknown command: bogus',
    });
    expect(runCli(['run', '--', '--json']).err).toContain('--json: cannot be read');
  });
});

describe('partner-account-rules validate', () => {
  it('says a scenario or a snapshot is valid without running it', () => {
    expect(runCli(['validate', 'w.json'], { 'w.json': JSON.stringify(walkthrough) }).out).toBe(
      'w.json: scenario is valid\n',
    );
    const snapshot = JSON.stringify((walkthrough as { world: unknown }).world);
    expect(runCli(['validate', 's.json'], { 's.json': snapshot })).toMatchObject({
      code: EXIT.ok,
      out: 's.json: snapshot is valid\n',
    });
  });

  it('exits 2 for a snapshot whose records refer to missing ones, naming the path', () => {
    const snapshot = JSON.stringify({ properties: [{ id: 'h1', link: { kind: 'agreement', leid: 9 } }] });
    const { code, err: error } = runCli(['validate', 's.json'], { 's.json': snapshot });
    expect(code).toBe(EXIT.malformed);
    expect(error).toContain('properties[0].link.leid: names an agreement that is not in the world');
  });
});

describe('hostile files', () => {
  it('shows what a terminal would act on as escapes: ANSI, bell, line breaks and bidi controls in keys and titles', () => {
    const key = '\u001b[2J\u001b[31mFAKE: all steps passed\nok\u0007\u202e';
    const { code, err: error } = runCli(['validate', 'k.json'], { 'k.json': JSON.stringify({ [key]: 1 }) });
    expect(code).toBe(EXIT.malformed);
    expect(error).toContain('\\u001b[2J\\u001b[31mFAKE: all steps passed\\u000aok\\u0007\\u202e: is not a field here');
    const acted = Array.from(error).filter((char) => {
      const unit = char.charCodeAt(0);
      return (unit < 0x20 && char !== '\n') || (unit >= 0x7f && unit <= 0x9f) || (unit >= 0x202a && unit <= 0x202e);
    });
    expect(acted).toStrictEqual([]);
    const titled = JSON.stringify({ ...(walkthrough as object), title: 'Walk\n 1. ✔ forged line\u001b[0m' });
    const run = runCli(['run', 't.json'], { 't.json': titled });
    expect(run.out.split('\n')[0]).toBe('Scenario: Walk\\u000a 1. ✔ forged line\\u001b[0m');
  });

  it('exits 2 with a plain message for an empty step list and a number JSON cannot hold', () => {
    expect(runCli(['run', 'e.json'], { 'e.json': JSON.stringify({ title: 't', world: {}, steps: [] }) }).err).toContain(
      '  steps: must not be empty\n',
    );
    const huge = JSON.stringify({ agreements: [{ leid: 1, status: 'active' }] }).replace('"leid":1', '"leid":1e400');
    expect(runCli(['validate', 'h.json'], { 'h.json': huge }).err).toContain(
      'agreements[0].leid: must be a whole number',
    );
  });

  it('lists at most MAX_ISSUES problems of a file, then how many more', () => {
    const { code, err: error } = runCli(['validate', 'g.json'], {
      'g.json': JSON.stringify({ agreements: new Array(5_000).fill('x') }),
    });
    expect(code).toBe(EXIT.malformed);
    expect(error.split('\n').filter((line) => line.startsWith('  '))).toHaveLength(101);
    expect(error).toContain('4900');
  });

  it('reads a file that starts with a byte order mark, and takes -- before a file name', () => {
    expect(runCli(['validate', 'b.json'], { 'b.json': `\uFEFF${JSON.stringify(walkthrough)}` }).code).toBe(EXIT.ok);
    expect(runCli(['validate', '--', '-w.json'], { '-w.json': JSON.stringify(walkthrough) }).out).toBe(
      '-w.json: scenario is valid\n',
    );
  });

  it('with --json, says what is wrong as JSON on stdout, with JSON Pointers, and exits 2', () => {
    const file = withStep(({ actor, ...step }) => ({ ...step, actr: actor }));
    const { code, out, err: error } = runCli(['run', 'x.json', '--json'], { 'x.json': file });
    expect(code).toBe(EXIT.malformed);
    expect(error).toBe('');
    const answer = JSON.parse(out) as { outcome: string; reason: string; issues: { pointer: string; code: string }[] };
    expect(answer).toMatchObject({ outcome: 'malformed', reason: 'malformed' });
    expect(answer.issues.map(({ pointer, code: problem }) => `${pointer} ${problem}`)).toStrictEqual([
      '/steps/2/actor wrong_type',
      '/steps/2/actr unknown_field',
    ]);
    expect(JSON.parse(runCli(['validate', 'n.json', '--json'], { 'n.json': '{ nope' }).out)).toMatchObject({
      outcome: 'malformed',
      reason: 'not_json',
      issues: [],
    });
    expect(JSON.parse(runCli(['validate', 'missing.json', '--json']).out)).toMatchObject({
      outcome: 'malformed',
      reason: 'unreadable',
    });
    expect(
      JSON.parse(runCli(['validate', 'w.json', '--json'], { 'w.json': JSON.stringify(walkthrough) }).out),
    ).toStrictEqual({ file: 'w.json', outcome: 'valid', kind: 'scenario' });
  });
});

describe('--help', () => {
  it.each([['--help'], ['run', '--help'], ['validate', '--help']])('%s prints usage and exits 0', (...args) => {
    const { code, out } = runCli(args);
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('partner-account-rules');
    expect(out).toContain(args[0] === '--help' ? 'Commands:' : 'Exit codes');
    if (args[0] !== '--help') expect(out).toMatch(/--locale TAG[\s\S]*--locale-module FILE[\s\S]*--json/u);
  });

  it('no command prints usage and exits 2', () => {
    expect(runCli([])).toMatchObject({ code: EXIT.malformed });
    expect(runCli(['frobnicate']).err).toContain('unknown command: frobnicate');
  });
});
