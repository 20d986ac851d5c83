import { ok, err, type Result } from 'neverthrow';
import type * as z from 'zod';
import { receivedType, type ExpectedType, type InputIssue, type InvalidInput, type NonEmptyArray, type Problem } from 'partner-account-rules';

const EXPECTED: readonly ExpectedType[] = ['string', 'number', 'boolean', 'object', 'array', 'null'];
const isExpected = (name: unknown): name is ExpectedType => EXPECTED.some((type) => type === name);

const nonEmpty = (values: readonly unknown[]): NonEmptyArray<string> => {
  const [first = '', ...rest] = values.map(String);
  return [first, ...rest];
};

// Only this module's constructor checks raise custom issues, and they carry a core Problem.
const isProblem = (value: unknown): value is Problem => typeof value === 'object' && value !== null && typeof Reflect.get(value, 'code') === 'string';

/** The problem a constructor reported, carried through zod in the issue's params. */
const carried = (params: unknown): Problem | null => {
  const problem: unknown = typeof params === 'object' && params !== null ? Reflect.get(params, 'problem') : undefined;
  return isProblem(problem) ? problem : null;
};

// zod's issues, as the core's problems: one vocabulary of problems, one set of messages.
const issuesOf = (issue: z.core.$ZodIssue): InputIssue[] => {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  switch (issue.code) {
    case 'invalid_type':
      return [{ path, problem: { code: 'wrong_type', expected: [isExpected(issue.expected) ? issue.expected : 'object'], received: receivedType(issue.input) } }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], problem: { code: 'unknown_field' } }));
    case 'invalid_union': {
      // A discriminated union names the tags it knows; a plain union does not.
      const options: unknown = Reflect.get(issue, 'options');
      return [{ path, problem: { code: 'unknown_variant', allowed: nonEmpty(Array.isArray(options) ? options : []) } }];
    }
    case 'invalid_value':
      return [{ path, problem: { code: 'unknown_variant', allowed: nonEmpty(issue.values) } }];
    case 'too_big':
      return [{ path, problem: { code: 'too_long', max: Number(issue.maximum), length: Array.isArray(issue.input) ? issue.input.length : Number.NaN } }];
    case 'custom':
      return [{ path, problem: carried(issue.params) ?? { code: 'unreadable' } }];
    case 'too_small':
    case 'invalid_format':
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
      return [{ path, problem: { code: 'unreadable' } }];
  }
};

/** Runs a schema and answers as the core does: the value, or `invalid_input` with every issue. */
export const parseWith = <T>(schema: z.ZodType<T>, input: unknown): Result<T, InvalidInput> => {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  const [first, ...rest] = parsed.error.issues.flatMap(issuesOf);
  return err({ code: 'invalid_input', issues: first === undefined ? [{ path: [], problem: { code: 'unreadable' } }] : [first, ...rest] });
};
