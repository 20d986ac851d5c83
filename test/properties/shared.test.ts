import * as core from 'partner-account-rules';
import * as http from 'partner-account-rules/http';
import * as schema from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

import { seedsOf } from '../../fuzz/seeds';

// Nothing an answer reaches is shared or writable: for every export of the three entry points,
// with valid arguments and with one of them broken, every object its answer reaches is either
// frozen or made for that answer alone. The test writes to every writable part of an answer (a
// push onto every array, every field of every object overwritten, a field added) and asks again:
// a later answer that changed would mean the library handed out state of its own.

type Call = (...args: readonly unknown[]) => unknown;

// Worlds are instances of one class of the library's own: opaque, frozen, read through queries.
const WORLD_CLASS: unknown = Object.getPrototypeOf(core.EMPTY_WORLD);
const isWorld = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === WORLD_CLASS;

const EXPORTS: readonly (readonly [string, Call])[] = [core, schema, http].flatMap((entry) =>
  Object.entries(entry).flatMap(([name, value]) =>
    typeof value === 'function' ? [[name, value as Call] as const] : [],
  ),
);

/** Every object an answer reaches through own fields, worlds left out (opaque, and frozen). */
const reached = (root: unknown): object[] => {
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    if (isWorld(value)) return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && 'value' in descriptor) walk(descriptor.value);
    }
  };
  walk(root);
  return [...seen];
};

const shown = (answer: unknown): string => {
  try {
    return JSON.stringify(answer, (_key, value: unknown) =>
      typeof value === 'bigint' ? String(value) : isWorld(value) ? 'a world' : value,
    );
  } catch {
    return 'unprintable';
  }
};

const answer = (call: Call, args: readonly unknown[]): unknown => {
  try {
    return call(...args);
  } catch (error) {
    return { threw: String(error) };
  }
};

// Writes to every writable part of `objects`; how many it changed.
const vandalize = (objects: readonly object[]): number => {
  let written = 0;
  for (const target of objects) {
    if (Object.isFrozen(target)) continue;
    try {
      if (Array.isArray(target)) target.push('INJECTED');
      for (const key of Object.keys(target)) Reflect.set(target, key, 'INJECTED');
      Reflect.set(target, 'injected', 'INJECTED');
      written += 1;
    } catch {
      // A part that refused the write holds nothing that could change.
    }
  }
  return written;
};

const argumentLists = (name: string): (readonly unknown[])[] => {
  const seeds = seedsOf(name);
  const broken = seeds.flatMap((args) => args.map((_, index) => args.map((arg, at) => (at === index ? {} : arg))));
  return [...seeds, ...broken, [], [{}]];
};

describe('INV-8: nothing an answer reaches is shared or writable', () => {
  it.each(EXPORTS.map(([name, call]) => [name, call] as const))(
    '%s: writing to every writable part of an answer changes no later answer',
    (name, call) => {
      for (const args of argumentLists(name)) {
        const first = answer(call, args);
        const expected = shown(answer(call, args));
        const second = answer(call, args);
        // What two answers share is the library's own: it must be frozen.
        const inFirst = new Set(reached(first));
        for (const part of reached(second))
          if (inFirst.has(part))
            expect(Object.isFrozen(part), `${name} shares ${shown(part).slice(0, 200)}`).toBe(true);
        vandalize(reached(first));
        vandalize(reached(second));
        expect(shown(answer(call, args)), `${name}(${shown(args).slice(0, 200)})`).toBe(expected);
      }
    },
  );

  it('writes to some answers: the check above is not vacuous', () => {
    const written = EXPORTS.reduce(
      (total, [name, call]) =>
        total + argumentLists(name).reduce((sum, args) => sum + vandalize(reached(answer(call, args))), 0),
      0,
    );
    expect(written).toBeGreaterThan(100);
  });
});
