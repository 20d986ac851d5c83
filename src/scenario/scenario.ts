import { ok, type Result } from 'neverthrow';

import type { Locale } from '../messages/locale';
import type { RuleId } from '../rejections/ruleIds';
import {
  arrayOf,
  type Check,
  checkedLater,
  fromProblem,
  literal,
  nullable,
  object,
  parserOf,
  variant,
} from '../validation/check';
import { MAX_RECORDS } from '../values/account';
import { type InvalidInput, type NonEmptyArray, receivedType } from '../values/problem';
import type { Command } from '../world/command';
import type { WorldEvent } from '../world/event';
import { execute } from '../world/execute';
import type { CommandRejection } from '../world/rejection';
import { worldFrom, type WorldSnapshot } from '../world/snapshot';
import type { World } from '../world/world';

/** A text in each shipped language, or one text for all; a locale a user defined reads the English. */
export type Title = string | { readonly [L in Locale]: string };

/** What a step should come to: accepted, or rejected with this code (a {@link CommandRejection} code). */
export type Expectation = { readonly outcome: 'accepted' } | { readonly outcome: 'rejected'; readonly code: string };

/** One step of a scenario: a command, and what it should come to. */
export interface ScenarioStep {
  readonly title: Title | null;
  readonly command: Command;
  readonly expect: Expectation;
}

/**
 * A flow to run against the policy: a world to start from and steps, each with its expected
 * outcome. Language-neutral as JSON (`partner-account-rules/schema` reads it), so a backend in
 * any language can be checked against the same files.
 */
export interface Scenario {
  readonly title: Title;
  readonly world: WorldSnapshot;
  readonly steps: readonly ScenarioStep[];
}

/** What one step came to. */
export type StepOutcome =
  | { readonly outcome: 'accepted'; readonly rules: NonEmptyArray<RuleId>; readonly events: readonly WorldEvent[] }
  | { readonly outcome: 'rejected'; readonly rejection: CommandRejection };

/** One step run: what it came to, and whether that was what it expected. */
export interface StepReport {
  readonly step: ScenarioStep;
  readonly result: StepOutcome;
  readonly asExpected: boolean;
}

/** A scenario run: every step's report, how many came out as expected, and the final world. */
export interface ScenarioReport {
  readonly title: Title;
  readonly steps: readonly StepReport[];
  readonly passed: number;
  readonly failed: number;
  readonly world: World;
}

const isText = fromProblem<string>((value) =>
  typeof value === 'string' ? null : { code: 'wrong_type', expected: ['string'], received: receivedType(value) },
);

const isTitle: Check<Title> = (value, issues) =>
  typeof value === 'string' ? value : object({ en: isText, sv: isText })(value, issues);

// The scenario, each field read once into a copy; each command is checked by execute, the world
// by worldFrom, and the title is only shown.
const parseShape = parserOf(
  object({
    title: isTitle,
    world: checkedLater<WorldSnapshot>(),
    steps: arrayOf(
      object({
        title: nullable(isTitle),
        command: checkedLater<Command>(),
        expect: variant('outcome', {
          accepted: object({ outcome: literal('accepted') }),
          rejected: object({ outcome: literal('rejected'), code: isText }),
        }),
      }),
      MAX_RECORDS,
    ),
  }),
);

const meets = (expect: Expectation, result: StepOutcome): boolean => {
  switch (expect.outcome) {
    case 'accepted':
      return result.outcome === 'accepted';
    case 'rejected':
      return result.outcome === 'rejected' && result.rejection.code === expect.code;
  }
};

/**
 * Runs a scenario: builds its world and executes each step in order on the world the previous
 * steps left. A refused step changes nothing and the run goes on. `invalid_input` when the
 * starting world is inconsistent (see {@link worldFrom}).
 *
 * @example
 * runScenario(scenario).map(({ passed, failed }) => `${passed} passed, ${failed} failed`);
 */
export const runScenario = (scenario: Scenario): Result<ScenarioReport, InvalidInput> =>
  parseShape(scenario).andThen((read) =>
    worldFrom(read.world).andThen((start): Result<ScenarioReport, InvalidInput> => {
      let world = start;
      // Each part as read once; execute and worldFrom check what the shape left unchecked.
      const steps = read.steps.map((step): StepReport => {
        const result = execute(world, step.command).match(
          (executed): StepOutcome => {
            world = executed.world;
            return { outcome: 'accepted', rules: executed.rules, events: executed.events };
          },
          (rejection): StepOutcome => ({ outcome: 'rejected', rejection }),
        );
        return { step, result, asExpected: meets(step.expect, result) };
      });
      const passed = steps.filter((report) => report.asExpected).length;
      return ok({ title: read.title, steps, passed, failed: steps.length - passed, world });
    }),
  );
