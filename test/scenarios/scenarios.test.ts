import { readdirSync, readFileSync } from 'node:fs';

import { RULES, runScenario, type ScenarioReport } from 'partner-account-rules';
import { parseScenario } from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

const folder = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
// Run inside each test that reads them, not when the file loads: mutation testing counts what a
// file runs while it loads as reached by every test, and reruns the whole suite for it.
const reportOf = (file: string): ScenarioReport =>
  parseScenario(JSON.parse(readFileSync(new URL(file, folder), 'utf8')))
    .andThen(runScenario)
    ._unsafeUnwrap();

// The PA- rules a decision cites when it allows something; the others only refuse, or, like
// PA-1 and PA-8, are read from the world rather than decided.
const ALLOWING = ['PA-4', 'PA-5', 'PA-6', 'PA-9', 'PA-10', 'PA-12', 'PA-13', 'PA-14', 'PA-15', 'PA-16', 'PA-18'];

describe('the scenarios in scenarios/', () => {
  it('are there', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s: every step comes out as it expects', (file) => {
    const report = reportOf(file);
    expect(report.failed).toBe(0);
    expect(report.passed).toBe(report.steps.length);
  });

  const cited = (outcome: 'accepted' | 'rejected'): Set<string> =>
    new Set(
      files.map(reportOf).flatMap((report) =>
        report.steps.flatMap(({ result }) => {
          if (result.outcome !== outcome) return [];
          if (result.outcome === 'accepted') return result.rules;
          return result.rejection.code === 'invalid_input' ? [] : result.rejection.rules;
        }),
      ),
    );

  it('cite every PA- rule on the side it refuses with: each rule with a rejection code is cited by a rejected step', () => {
    const rejected = cited('rejected');
    const missing = RULES.filter(
      (rule) => rule.id.startsWith('PA-') && rule.codes.length > 0 && !rejected.has(rule.id),
    ).map((rule) => rule.id);
    expect(missing).toStrictEqual([]);
  });

  it('cite every PA- rule that allows on the accepted side', () => {
    const accepted = cited('accepted');
    expect(ALLOWING.filter((rule) => !accepted.has(rule))).toStrictEqual([]);
  });

  it('name every PA- rule in a step title', () => {
    const text = files.map((file) => readFileSync(new URL(file, folder), 'utf8')).join('\n');
    const missing = RULES.filter(
      (rule) => rule.id.startsWith('PA-') && !new RegExp(`\\b${rule.id}\\b`, 'u').test(text),
    ).map((rule) => rule.id);
    expect(missing).toStrictEqual([]);
  });
});
