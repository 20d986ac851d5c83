// Every action of the library beside its hand-written baselines (bench/baselines.ts), on requests
// generated from the property tests' generators with a fixed seed. Before anything is timed, each
// baseline answers every generated request and must give the library's code, and for each allowed
// one the library's exact output; then the allowed requests are timed four ways: the library on
// records it made (trusted), the library on object literals (checked in full), and both baselines.
import { isDeepStrictEqual } from 'node:util';

import fc from 'fast-check';
import type { Result } from 'neverthrow';
import * as api from 'partner-account-rules';

import { ACTIONS as PROPERTY_TEST_ACTIONS } from '../test/properties/actions';
import * as arb from '../test/properties/arbitraries';
import { BASELINES } from './baselines';

/** How many requests each action is generated, and checked against its baselines, on. */
export const GENERATED = 3_000;
/** How many of an action's allowed requests a timed pass answers. */
const TIMED = 32;
const SEED = 20_261_123;

type Act = (request: never) => Result<unknown, { readonly code: string }>;

// The property tests have no generator for this action; this one is the platform, with no
// primary account and a free login, often enough to allow a fair share of its requests.
const grantPrimaryArb = fc.record({
  actor: fc.oneof({ arbitrary: fc.constant(api.PLATFORM), weight: 3 }, { arbitrary: arb.actorArb, weight: 1 }),
  agreement: arb.agreementArb,
  primaryOfAgreement: fc.option(arb.primaryArb, { nil: null, freq: 2 }),
  account: arb.primaryArb.map(({ id, login, email, name }) => ({ id, login, email, name })),
  loginHolder: fc.option(
    arb.primaryArb.map(({ id }) => id),
    { nil: null, freq: 2 },
  ),
});

// The property tests' 14 actions and their generators, and this one; each decided by the built
// package's own `can…` and `act` of that name (the tests' functions are the sources').
const GENERATED_ACTIONS: readonly { readonly name: string; readonly requests: fc.Arbitrary<unknown> }[] = [
  ...PROPERTY_TEST_ACTIONS.map(({ name, requests }) => ({ name, requests })),
  { name: 'grantPrimaryAccount', requests: grantPrimaryArb },
];

const functionOf = (name: string): Act => {
  const found: unknown = Reflect.get(api, name);
  if (typeof found !== 'function') throw new Error(`the package exports no ${name}`);
  return found as Act; // each action's `can…` and `act` take its request and answer a Result
};

/** The 15 actions: each with its request generator and the library's `can` and `act`. */
const ACTIONS = GENERATED_ACTIONS.map(({ name, requests }) => ({
  name,
  requests,
  can: functionOf(`can${name.charAt(0).toUpperCase()}${name.slice(1)}`),
  act: functionOf(name),
}));

/** A deep copy of plain data: object literals and arrays, nothing the library made. */
const plain = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, plain(field)]));
};

const MAKERS = [api.makeAccount, api.makeInvitation, api.makeProperty, api.makeAgreement] as const;
/**
 * `value` with every record in it, at any depth, made by the library's record constructors:
 * records a decision takes as checked. Everything else is copied as plain data.
 */
export const made = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(made);
  if (typeof value !== 'object' || value === null) return value;
  for (const make of MAKERS) {
    const result = make(value);
    if (result.isOk()) return result.value;
  }
  // An invitee is made where it is one: other objects have its fields and more.
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => {
      const invitee = key === 'invitee' ? api.makeInvitee(field) : undefined;
      return [key, invitee?.isOk() === true ? invitee.value : made(field)];
    }),
  );
};

/** What the agreement check found for one action. */
export interface Agreement {
  readonly name: string;
  readonly requests: number;
  readonly allowed: number;
  readonly wrongCodes: number;
  readonly wrongOutputs: number;
  readonly example: string | null;
}

/** One action ready to time: its allowed requests as literals and as made records. */
export interface TimedAction {
  readonly name: string;
  readonly act: Act;
  /** Every request generated, allowed or not, as plain data. */
  readonly generated: readonly unknown[];
  readonly literals: readonly unknown[];
  readonly madeRecords: readonly unknown[];
  readonly code: (request: never) => string;
  readonly output: (request: never) => Result<unknown, { readonly code: string }>;
}

/**
 * Generates every action's requests, checks each baseline against the library on all of them,
 * and returns what is to be timed beside what the check found.
 */
export const prepareActions = (): {
  readonly agreements: readonly Agreement[];
  readonly timed: readonly TimedAction[];
} => {
  const agreements: Agreement[] = [];
  const timed: TimedAction[] = [];
  for (const { name, requests, can, act } of ACTIONS) {
    const baseline = BASELINES[name];
    if (baseline === undefined) throw new Error(`no baseline for ${name}`);
    // Plain copies: the generators' values become data no module of the library has seen.
    const generated = fc.sample(requests, { seed: SEED, numRuns: GENERATED }).map(plain);
    let wrongCodes = 0;
    let wrongOutputs = 0;
    let example: string | null = null;
    const allowed: unknown[] = [];
    for (const request of generated) {
      const expected = can(request as never).match(
        () => 'ok',
        ({ code }) => code,
      );
      const code = baseline.code(request as never);
      if (code !== expected) {
        wrongCodes += 1;
        example ??= `${name}: library ${expected}, baseline ${code} on ${JSON.stringify(request)}`;
        continue;
      }
      if (expected !== 'ok') continue;
      const ours = act(request as never);
      const theirs = baseline.output(request as never);
      if (!ours.isOk() || !theirs.isOk() || !isDeepStrictEqual(ours.value, theirs.value)) {
        wrongOutputs += 1;
        example ??= `${name}: outputs differ: library ${JSON.stringify(ours)}, baseline ${JSON.stringify(theirs)}`;
        continue;
      }
      allowed.push(request);
    }
    agreements.push({ name, requests: generated.length, allowed: allowed.length, wrongCodes, wrongOutputs, example });
    const literals = allowed.slice(0, TIMED);
    timed.push({
      name,
      act,
      generated,
      literals,
      madeRecords: literals.map(made),
      code: baseline.code,
      output: baseline.output,
    });
  }
  return { agreements, timed };
};
