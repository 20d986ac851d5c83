import { ok, err, type Result } from 'neverthrow';
import type * as z from 'zod';
import { MAX_ISSUES, receivedType, type ExpectedType, type InputIssue, type InvalidInput, type NonEmptyArray, type Problem } from 'partner-account-rules';

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

const UNREADABLE: InvalidInput = Object.freeze({ code: 'invalid_input', issues: Object.freeze([{ path: [], problem: { code: 'unreadable' } }] as const) });

/**
 * Runs a schema and answers as the core does: the value, or `invalid_input` with its issues, the
 * first MAX_ISSUES of them and then how many more. Input that cannot be read (a revoked proxy, a
 * getter that throws, nesting deeper than the stack) is `unreadable`, never a throw.
 */
export const parseWith = <T>(schema: z.ZodType<T>, input: unknown): Result<T, InvalidInput> => {
  try {
    const parsed = schema.safeParse(input, { reportInput: true });
    if (parsed.success) return ok(parsed.data);
    const all = parsed.error.issues;
    // One zod issue may name many fields (unknown keys): the cap holds for what comes out.
    const listed = all.slice(0, MAX_ISSUES).flatMap(issuesOf);
    const [first, ...rest] = listed.slice(0, MAX_ISSUES);
    if (first === undefined) return err(UNREADABLE);
    const left = all.length - MAX_ISSUES + listed.length - Math.min(listed.length, MAX_ISSUES);
    const more: InputIssue[] = left > 0 ? [{ path: [], problem: { code: 'more_issues', count: left } }] : [];
    return err({ code: 'invalid_input', issues: [first, ...rest, ...more] });
  } catch {
    return err(UNREADABLE);
  }
};
