// Every function the package exports, from all three entry points. The zod schemas it exports are
// zod's objects, whose methods keep zod's contract (safeParse lets an input's throwing getter
// throw); the parse functions, which wrap them, are fuzzed instead.
import * as core from 'partner-account-rules';
import * as http from 'partner-account-rules/http';
import * as schema from 'partner-account-rules/schema';

export interface Target {
  readonly name: string;
  readonly call: (...args: readonly unknown[]) => unknown;
}

/** What one export did over its inputs; `examples` holds the first failures. */
export interface Report {
  readonly name: string;
  inputs: number;
  throws: number;
  mutations: number;
  untyped: number;
  slow: number;
  maxMs: number;
  readonly examples: string[];
}

const isFunction = (value: unknown): value is (...args: readonly unknown[]) => unknown => typeof value === 'function';

export const targets = (): readonly Target[] => {
  const functions = [...Object.entries(core), ...Object.entries(schema), ...Object.entries(http)].flatMap(
    ([name, value]) => (isFunction(value) ? [{ name, call: value }] : []),
  );
  // FUZZ_ONLY=parseScenario,execute fuzzes those alone.
  const only = process.env['FUZZ_ONLY']?.split(',');
  return functions
    .filter((target) => only === undefined || only.includes(target.name))
    .sort((a, b) => a.name.localeCompare(b.name));
};
