// Runs inside a worker thread, so that run.ts can stop it if a call never returns: every export
// of all three entry points, called with hostile arguments, each call timed and watched.
import { inspect } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';

import fc from 'fast-check';

import { argumentsFor, armed, writes } from './hostile';
import { seedsOf } from './seeds';
import { type Report, targets } from './targets';

interface Job {
  readonly runs: number;
  readonly seed: number;
  readonly from: number;
  /** [0]: calls made so far, [1]: the index of the export being called. */
  readonly beat: SharedArrayBuffer;
}

const { runs, seed, from, beat } = workerData as Job;
const heart = new Int32Array(beat);
const SLOW_MS = 1_000;
const BATCH = 250;

// What the arguments look like, read without calling a getter or a proxy trap.
const fingerprint = (args: readonly unknown[]): string => {
  try {
    return inspect(args, {
      depth: 8,
      showHidden: true,
      showProxy: true,
      getters: false,
      maxArrayLength: 200,
      maxStringLength: 200,
      customInspect: false,
    });
  } catch {
    return '(cannot be inspected)';
  }
};

const shown = (args: readonly unknown[]): string => {
  try {
    return inspect(args, {
      depth: 3,
      showProxy: true,
      getters: false,
      maxArrayLength: 5,
      maxStringLength: 40,
      breakLength: Infinity,
      compact: true,
      customInspect: false,
    }).slice(0, 300);
  } catch {
    return '(cannot be inspected)';
  }
};

const hasCode = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'string';

// A Result's error is typed: a rejection or invalid_input with a code, or a constructor's
// ValueError with a problem that has one.
const wellTyped = (value: unknown): boolean => {
  if (typeof value !== 'object' || value === null || !('isErr' in value) || typeof value.isErr !== 'function')
    return true;
  const error: unknown = 'error' in value ? value.error : undefined;
  const isErr = value.isErr as () => unknown;
  return (
    isErr.call(value) !== true ||
    hasCode(error) ||
    (typeof error === 'object' && error !== null && 'problem' in error && hasCode(error.problem))
  );
};

// Each export's inputs follow from the seed and its name, so FUZZ_ONLY replays them alone.
const nameHash = (name: string): number =>
  Array.from(name).reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16_777_619), 2_166_136_261);

const list = targets();
for (let index = from; index < list.length; index += 1) {
  const target = list[index];
  if (target === undefined) break;
  Atomics.store(heart, 1, index);
  const report: Report = {
    name: target.name,
    inputs: 0,
    throws: 0,
    mutations: 0,
    untyped: 0,
    slow: 0,
    maxMs: 0,
    examples: [],
  };
  const arbitrary = argumentsFor(seedsOf(target.name), target.call.length);
  while (report.inputs < runs) {
    const batch = fc.sample(arbitrary, {
      numRuns: Math.min(BATCH, runs - report.inputs),
      seed: (seed + nameHash(target.name) + report.inputs) | 0,
    });
    for (const sampled of batch) {
      const args = armed(sampled) as readonly unknown[];
      const before = fingerprint(args);
      writes.length = 0;
      const started = performance.now();
      let failure: string | null = null;
      try {
        if (!wellTyped(target.call(...args))) {
          report.untyped += 1;
          failure = 'untyped answer';
        }
      } catch (error) {
        report.throws += 1;
        failure = `threw ${String(error).slice(0, 120)}`;
      }
      const ms = performance.now() - started;
      report.maxMs = Math.max(report.maxMs, ms);
      if (ms > SLOW_MS) {
        report.slow += 1;
        failure ??= `took ${ms.toFixed(0)} ms`;
      }
      if (writes.length > 0 || fingerprint(args) !== before) {
        report.mutations += 1;
        failure ??= `changed its input (${writes.slice(0, 3).join(', ') || 'seen by inspection'})`;
      }
      if (failure !== null && report.examples.length < 3) report.examples.push(`${failure}: ${shown(args)}`);
      report.inputs += 1;
      Atomics.add(heart, 0, 1);
    }
  }
  parentPort?.postMessage(report);
}
