import { ok, err, type Result } from 'neverthrow';
import type * as z from 'zod';
import {
  MAX_ISSUES,
  receivedType,
  type ExpectedType,
  type InputIssue,
  type InvalidInput,
  type NonEmptyArray,
  type Problem,
} from 'partner-account-rules';

const EXPECTED: readonly ExpectedType[] = ['string', 'number', 'boolean', 'object', 'array', 'null'];
const isExpected = (name: unknown): name is ExpectedType => EXPECTED.some((type) => type === name);

const nonEmpty = (values: readonly unknown[]): NonEmptyArray<string> => {
  const [first = '', ...rest] = values.map(String);
  return [first, ...rest];
};

// Only this module's constructor checks raise custom issues, and they carry a core Problem.
const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && typeof Reflect.get(value, 'code') === 'string';

/** The problem a constructor reported, carried through zod in the issue's params. */
const carried = (params: unknown): Problem | null => {
  const problem: unknown = typeof params === 'object' && params !== null ? Reflect.get(params, 'problem') : undefined;
  return isProblem(problem) ? problem : null;
};

type Path = InputIssue['path'];

// A number JSON cannot hold (1e400 reads as Infinity) is a number all the same: the core's
// constructors, which take only whole numbers, call it not a whole number, and so does this.
const nonFinite = (issue: z.core.$ZodIssue): boolean =>
  issue.code === 'invalid_type' && issue.expected === 'number' && typeof issue.input === 'number';

// A value of none of the branch's types, as opposed to one of its type that is wrong inside.
const ofOtherType = (issue: z.core.$ZodIssue): boolean =>
  issue.code === 'invalid_type' && issue.path.length === 0 && !nonFinite(issue);

// A plain union (a moment as text or number, a title as text or by language): the branch whose
// type the value has says what is wrong with it; a value of none of their types is told so.
const unionIssues = (issue: z.core.$ZodIssueInvalidUnion, path: Path): InputIssue[] => {
  const branch = issue.errors.find((issues) => issues.length > 0 && !issues.every(ofOtherType));
  if (branch !== undefined) return branch.flatMap((inner) => issuesOf(inner, path));
  const expected = issue.errors
    .flat()
    .flatMap((inner) => (inner.code === 'invalid_type' && isExpected(inner.expected) ? [inner.expected] : []));
  const [first = 'object', ...rest] = [...new Set(expected)];
  return [{ path, problem: { code: 'wrong_type', expected: [first, ...rest], received: receivedType(issue.input) } }];
};

// zod's issues, as the core's problems: one vocabulary of problems, one set of messages.
const issuesOf = (issue: z.core.$ZodIssue, prefix: Path = []): InputIssue[] => {
  const path = [...prefix, ...issue.path.filter((key): key is string | number => typeof key !== 'symbol')];
  switch (issue.code) {
    case 'invalid_type':
      if (nonFinite(issue)) return [{ path, problem: { code: 'not_integer' } }];
      return [
        {
          path,
          problem: {
            code: 'wrong_type',
            expected: [isExpected(issue.expected) ? issue.expected : 'object'],
            received: receivedType(issue.input),
          },
        },
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], problem: { code: 'unknown_field' } }));
    case 'invalid_union': {
      // A discriminated union names the tags it knows; a plain union does not.
      const options: unknown = Reflect.get(issue, 'options');
      if (Array.isArray(options) && options.length > 0)
        return [{ path, problem: { code: 'unknown_variant', allowed: nonEmpty(options) } }];
      return unionIssues(issue, path);
    }
    case 'invalid_value':
      return [{ path, problem: { code: 'unknown_variant', allowed: nonEmpty(issue.values) } }];
    case 'too_big': {
      const { input } = issue;
      const length = Array.isArray(input) || typeof input === 'string' ? input.length : Number.NaN;
      return [{ path, problem: { code: 'too_long', max: Number(issue.maximum), length } }];
    }
    case 'too_small':
      // The schemas ask only for at least one: a step, a character of a title.
      return [{ path, problem: Number(issue.minimum) <= 1 ? { code: 'empty' } : { code: 'unreadable' } }];
    case 'custom':
      return [{ path, problem: carried(issue.params) ?? { code: 'unreadable' } }];
    case 'invalid_format':
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
      return [{ path, problem: { code: 'unreadable' } }];
  }
};

const UNREADABLE: InvalidInput = Object.freeze({
  code: 'invalid_input',
  issues: Object.freeze([{ path: [], problem: { code: 'unreadable' } }] as const),
});

// Lists longer than this, anywhere near the top of an input, make it large.
const LARGE = 10_000;

const hasLargeList = (value: unknown, depth: number): boolean => {
  if (typeof value !== 'object' || value === null || depth > 3) return false;
  if (Array.isArray(value)) return value.length > LARGE || value.some((item) => hasLargeList(item, depth + 1));
  return Object.values(value).some((item) => hasLargeList(item, depth + 1));
};

/** The core's own check of the same input: its issues, or `null` when it finds none. */
export type CoreCheck = (input: unknown) => InvalidInput | null;

/**
 * Runs a schema and answers as the core does: the value, or `invalid_input` with its issues, the
 * first MAX_ISSUES of them and then how many more. When zod itself cannot finish (it gathers a
 * nested list's issues in one call, and a list of a million bad items overflows the stack), the
 * core's check of the same input, which stops at MAX_ISSUES, says what is wrong. Input that
 * neither can read (a revoked proxy, a getter that throws) is `unreadable`, never a throw.
 */
export const parseWith = <T>(schema: z.ZodType<T>, input: unknown, core: CoreCheck): Result<T, InvalidInput> => {
  try {
    // zod makes an issue for every wrong item before any cap applies (seconds for a million): a
    // large input is read by the core's check first, which only counts issues past the cap.
    if (hasLargeList(input, 0)) {
      const found = core(input);
      if (found !== null) return err(found);
    }
    const parsed = schema.safeParse(input, { reportInput: true });
    if (parsed.success) return ok(parsed.data);
    const all = parsed.error.issues;
    // One zod issue may name many fields (unknown keys): the cap holds for what comes out.
    const listed = all.slice(0, MAX_ISSUES).flatMap((issue) => issuesOf(issue));
    const [first, ...rest] = listed.slice(0, MAX_ISSUES);
    if (first === undefined) return err(UNREADABLE);
    // Those listed but over the cap, and the zod issues never turned into problems (one each).
    const left = listed.length - Math.min(listed.length, MAX_ISSUES) + Math.max(0, all.length - MAX_ISSUES);
    const more: InputIssue[] = left > 0 ? [{ path: [], problem: { code: 'more_issues', count: left } }] : [];
    return err({ code: 'invalid_input', issues: [first, ...rest, ...more] });
  } catch {
    return err(coreIssues(core, input));
  }
};

const coreIssues = (core: CoreCheck, input: unknown): InvalidInput => {
  try {
    return core(input) ?? UNREADABLE;
  } catch {
    return UNREADABLE;
  }
};
