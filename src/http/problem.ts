import {
  explain,
  explainIssue,
  explainRemedy,
  type InputIssue,
  type InvalidInput,
  isSpokenLocale,
  type LocaleTexts,
  localeTexts,
  MAX_ISSUES,
  type Rejection,
  type Remedy,
  RULE_IDS,
  type RuleId,
  type SpokenLocale,
  type WorldRejection,
} from 'partner-account-rules';

import { type ClientView, clientViewOf } from './client';
import { MAX_TEXT, plain, plainList, plainObject } from './plain';
import { type HttpStatus, isProblemCode, type ProblemCode, statusOf } from './status';

/**
 * Who reads an answer. A `client` (the default: what a backend sends over HTTP) sees nothing of
 * records outside what the acting account reaches; an `operator` (logs, support tools) sees every
 * fact.
 */
export type Audience = 'client' | 'operator';

/** A remedy with its message. */
export type ProblemRemedy = Remedy & { readonly message: string };

/** One problem of malformed input: where (a JSON Pointer, RFC 6901), what, and its message. */
export interface ProblemError {
  readonly pointer: string;
  readonly code: InputIssue['problem']['code'];
  readonly detail: string;
}

/**
 * A rejection as an RFC 9457 problem: `type`, `title`, `status`, `detail`, and the library's own
 * members: the rejection's `code`, the `rules` behind it, its `facts` and its `remedies`, each
 * with its message, and for malformed input every `errors` entry with its JSON Pointer.
 */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: HttpStatus;
  readonly detail: string;
  readonly code: ProblemCode | 'internal';
  readonly rules: readonly RuleId[];
  readonly facts: Readonly<Record<string, unknown>>;
  readonly remedies: readonly ProblemRemedy[];
  readonly errors?: readonly ProblemError[];
}

/** How {@link toProblem} answers. */
export interface ProblemOptions {
  /** `'en'` (the default), `'sv'`, or a locale of `defineLocale`. */
  readonly locale?: SpokenLocale;
  readonly audience?: Audience;
  /** What `type` starts with; the code follows. Default `urn:partner-account-rules:problem:`. */
  readonly typeBase?: string;
}

const DEFAULT_TYPE_BASE = 'urn:partner-account-rules:problem:';

const UNREADABLE_ISSUE: InputIssue = { path: [], problem: { code: 'unreadable' } };

/**
 * The JSON Pointer (RFC 6901) of an issue's path: `/` before each step, `~` and `/` escaped.
 *
 * @example
 * pointerOf(['invitee', 'email']); // '/invitee/email'
 */
export const pointerOf = (path: readonly (string | number)[]): string => {
  try {
    if (!Array.isArray(path)) return '';
    // An issue's path is short; a longer one was not made by the library, and is cut.
    const steps: unknown[] = path.slice(0, MAX_POINTER_STEPS);
    let pointer = '';
    for (const step of steps) {
      if (typeof step !== 'string' && typeof step !== 'number') return pointer;
      pointer += `/${String(step).replaceAll('~', '~0').replaceAll('/', '~1')}`;
    }
    return pointer;
  } catch {
    return '';
  }
};

/** The most steps {@link pointerOf} writes. */
const MAX_POINTER_STEPS = 64;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The most remedies a problem lists: the library's rejections offer at most three. */
const MAX_REMEDIES = 20;

const remediesOf = (remedies: readonly Remedy[], locale: SpokenLocale): ProblemRemedy[] =>
  remedies.map((remedy) => ({ ...remedy, message: explainRemedy(remedy, locale) }));

const internal = (texts: LocaleTexts, typeBase: string): ProblemDetails => ({
  type: `${typeBase}internal`,
  title: texts.title[500],
  status: 500,
  detail: texts.internal,
  code: 'internal',
  rules: [],
  facts: {},
  remedies: [],
});

// A plain copy of an `invalid_input` error's issues: the first MAX_ISSUES, each with its path and
// problem, then the count of the rest, as the library's own errors list them. The list is read
// once, and its length once.
const issuesOf = (rejection: object): InputIssue[] => {
  const given: unknown = Reflect.get(rejection, 'issues');
  if (!Array.isArray(given)) return [];
  const length: unknown = given.length;
  const count = typeof length === 'number' && Number.isInteger(length) && length > 0 ? length : 0;
  const issues: InputIssue[] = [];
  for (let index = 0; index < Math.min(count, MAX_ISSUES); index += 1) {
    const issue = plain(Object.hasOwn(given, index) ? Reflect.get(given, index) : undefined);
    if (!isRecord(issue)) continue;
    const path = Array.isArray(issue['path'])
      ? issue['path'].filter((step): step is string | number => typeof step === 'string' || typeof step === 'number')
      : [];
    const problem = isRecord(issue['problem']) ? issue['problem'] : {};
    // The copy holds what the issue held: a problem is read by its code, and an unknown one is told so.
    issues.push({ path, problem: problem as unknown as InputIssue['problem'] });
  }
  const left = count - Math.min(count, MAX_ISSUES);
  return left > 0 ? [...issues, { path: [], problem: { code: 'more_issues', count: left } }] : issues;
};

// A plain copy of a rejection's parts, each read once: what every later step reads.
const refusalOf = (rejection: object, code: ProblemCode): Rejection | WorldRejection => {
  const rules = plainList(Reflect.get(rejection, 'rules'), RULE_IDS.length).filter(
    (rule): rule is RuleId => typeof rule === 'string',
  );
  const remedies = plainList(Reflect.get(rejection, 'remedies'), MAX_REMEDIES).filter(isRecord);
  // The copy has the parts of the rejection it was made from; the texts read each by its code.
  return { code, rules, facts: plainObject(Reflect.get(rejection, 'facts')), remedies } as unknown as
    Rejection | WorldRejection;
};

// A client view's message; a text of a user's locale that throws or answers something else than a
// string gives the locale's text for what it does not know, as explain does.
const textOf = (texts: LocaleTexts, view: ClientView): string => {
  try {
    const text: unknown = view.detail(texts);
    return typeof text === 'string' ? text : texts.unknown;
  } catch {
    return texts.unknown;
  }
};

/**
 * A rejection, a world's rejection or an `invalid_input` error as an RFC 9457 problem, in the
 * locale asked for, for the audience asked for (`client` unless told otherwise: see
 * {@link Audience}). Send it with `Content-Type: application/problem+json` and its `status`.
 * Anything that is not one of the library's answers becomes a 500 problem; nothing throws.
 *
 * @example
 * const problem = toProblem(rejection, { locale: negotiateLocale(header), audience: 'client' });
 * reply.status(problem.status).type('application/problem+json').send(problem);
 */
export const toProblem = (
  rejection: Rejection | WorldRejection | InvalidInput,
  options: ProblemOptions = {},
): ProblemDetails => {
  let language: SpokenLocale = 'en';
  let audience: unknown = 'client';
  let base = DEFAULT_TYPE_BASE;
  try {
    // Each option read once; options that cannot be read are the defaults, and a locale that is
    // not one of the library's (shipped, or made by defineLocale) reads as English.
    const { locale, audience: asked, typeBase } = isRecord(options) ? options : {};
    language = isSpokenLocale(locale) ? locale : 'en';
    audience = asked;
    base = typeof typeBase === 'string' && typeBase.length <= MAX_TEXT ? typeBase : DEFAULT_TYPE_BASE;
  } catch {
    // Defaults.
  }
  const texts = localeTexts(language);
  try {
    // The type says a rejection; an untyped caller may hand anything.
    const given: unknown = rejection;
    if (typeof given !== 'object' || given === null) return internal(texts, base);
    // The code is read once: what the problem's status, type and texts say all follow from it.
    const code: unknown = Reflect.get(given, 'code');
    if (!isProblemCode(code)) return internal(texts, base);
    const status = statusOf(code);
    const frame = { title: texts.title[status], status };
    if (code === 'invalid_input') {
      const issues = issuesOf(given);
      const [first, ...rest] = issues;
      const copy: InvalidInput = { code, issues: first === undefined ? [UNREADABLE_ISSUE] : [first, ...rest] };
      return {
        type: `${base}invalid_input`,
        ...frame,
        detail: explain(copy, language),
        code: 'invalid_input',
        rules: [],
        facts: {},
        remedies: [],
        errors: copy.issues.map((issue) => ({
          pointer: pointerOf(issue.path),
          code: issue.problem.code,
          detail: explainIssue(issue, language),
        })),
      };
    }
    const refusal = refusalOf(given, code);
    const view = audience === 'operator' ? null : clientViewOf(refusal);
    if (view !== null) {
      return {
        type: `${base}${view.code}`,
        title: texts.title[statusOf(view.code)],
        status: statusOf(view.code),
        detail: textOf(texts, view),
        code: view.code,
        rules: [...(view.rules ?? refusal.rules)],
        facts: { ...view.facts },
        remedies: remediesOf(view.remedies, language),
      };
    }
    return {
      type: `${base}${refusal.code}`,
      ...frame,
      detail: explain(refusal, language),
      code: refusal.code,
      rules: refusal.rules,
      facts: refusal.facts,
      remedies: remediesOf(refusal.remedies, language),
    };
  } catch {
    return internal(texts, base);
  }
};
