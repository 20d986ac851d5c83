import { ok, type Result } from 'neverthrow';

import { RULES } from '../catalog/rules';
import { arrayOf, type Check, INVALID, literal, object, optional, parserOf, variant } from '../validation/check';
import { jsonCheckOf } from '../validation/shapes';
import { JSON_LEAVES } from '../validation/values';
import { MAX_RECORDS } from '../values/account';
import { type InvalidInput, type NonEmptyArray, receivedType } from '../values/problem';
import { actionShape, commandActorShape } from '../world/command';
import { snapshotFromJson } from '../world/json';
import { WORLD_REJECTION_CODES } from '../world/rejection';
import type { Expectation, Scenario, ScenarioStep, Title } from './scenario';

/** Every code a step may expect: the rules' codes from the catalog, the world's, and `invalid_input`. */
export const EXPECTABLE_CODES: NonEmptyArray<string> = Object.freeze([
  'invalid_input',
  ...new Set<string>([...RULES.flatMap((rule) => rule.codes), ...WORLD_REJECTION_CODES]),
]);

// A text that says something: a string of at least one character.
const text: Check<string> = (value, issues) => {
  if (typeof value !== 'string') {
    issues.push({ path: [], problem: { code: 'wrong_type', expected: ['string'], received: receivedType(value) } });
    return INVALID;
  }
  if (value.length > 0) return value;
  issues.push({ path: [], problem: { code: 'empty' } });
  return INVALID;
};

const title: Check<Title> = (value, issues) =>
  typeof value === 'string' ? text(value, issues) : object({ en: text, sv: text }, { strict: true })(value, issues);

const expectation: Check<Expectation> = variant('outcome', {
  accepted: object({ outcome: literal('accepted') }, { strict: true }),
  rejected: object({ outcome: literal('rejected'), code: literal(...EXPECTABLE_CODES) }, { strict: true }),
});

const step = object(
  {
    title: optional(title),
    at: JSON_LEAVES.instant,
    actor: jsonCheckOf(commandActorShape, JSON_LEAVES),
    command: jsonCheckOf(actionShape, JSON_LEAVES),
    expect: expectation,
  },
  { strict: true },
);

// At least one step: a scenario without any runs nothing.
const steps: Check<readonly ScenarioStep[]> = (value, issues) => {
  const read = arrayOf(step, MAX_RECORDS)(value, issues);
  if (read === INVALID) return INVALID;
  if (read.length === 0) {
    issues.push({ path: [], problem: { code: 'empty' } });
    return INVALID;
  }
  return Object.freeze(
    read.map(({ title: named, at, actor, command, expect }) =>
      Object.freeze({
        title: named ?? null,
        // An action with its arguments, its actor and its moment: the command the step runs.
        command: Object.freeze({ ...command, actor, now: at }),
        expect,
      }),
    ),
  );
};

const scenario = parserOf(object({ $schema: optional(text), title, world: snapshotFromJson, steps }, { strict: true }));

/**
 * Reads a scenario file from parsed JSON: its title, the world it starts from (read as
 * `parseSnapshot` reads one) and its steps, each with `at`, `actor`, a command and what it should
 * come to; every problem with its path, a field a scenario does not have refused by name.
 *
 * @example
 * parseScenario(JSON.parse(text)).andThen(runScenario);
 */
export const parseScenario = (json: unknown): Result<Scenario, InvalidInput> =>
  scenario(json).andThen(({ title: named, world, steps: read }) => ok({ title: named, world, steps: read }));
