import type { Rejection } from '../catalog/rejections';
import type { Remedy } from '../rejections/remedy';
import { MAX_ISSUES } from '../validation/check';
import type { AccountKind } from '../values/account';
import type { InputIssue, InvalidInput, Problem, ValueError } from '../values/problem';
import type { WorldRejection } from '../world/rejection';
import { localeTexts as textsFor, type SpokenLocale } from './locale';
import type { LocaleTexts, ProblemByCode, RejectionByCode, RemedyByKind, WorldRejectionByCode } from './texts';

// Correlated lookups: the key and the value share one type parameter, so each text receives
// exactly its own variant without a cast.
const rejectionText = <C extends keyof RejectionByCode>(
  texts: LocaleTexts,
  code: C,
  rejection: RejectionByCode[C],
): string => texts.rejection[code](rejection);
const worldText = <C extends keyof WorldRejectionByCode>(
  texts: LocaleTexts,
  code: C,
  rejection: WorldRejectionByCode[C],
): string => texts.world[code](rejection);
const remedyText = <K extends keyof RemedyByKind>(texts: LocaleTexts, kind: K, remedy: RemedyByKind[K]): string =>
  texts.remedy[kind](remedy);
const problemText = <C extends keyof ProblemByCode>(texts: LocaleTexts, code: C, problem: ProblemByCode[C]): string =>
  texts.problem[code](problem);

const hasOwnKey = (table: object, key: unknown): boolean => typeof key === 'string' && Object.hasOwn(table, key);

// Every text reads facts of its variant; a malformed value from an untyped caller must still
// give an answer, never an exception. It is read once into a copy of bounded size, lists cut at
// MAX_ITEMS and nesting at MAX_DEPTH, so that a sparse list of four billion holes or a cycle
// cannot keep the message from coming back.
const MAX_ITEMS = 100_000;
const MAX_DEPTH = 8;

const bounded = (value: unknown, depth: number): unknown => {
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    const count = Math.min(value.length, MAX_ITEMS);
    for (let index = 0; index < count; index += 1) items.push(bounded(value[index], depth + 1));
    return items;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = bounded((value as Record<string, unknown>)[key], depth + 1);
  return copy;
};

const safely = <T>(texts: LocaleTexts, input: T, render: (input: T) => string): string => {
  try {
    // The copy has the input's shape, cut only where it is beyond anything the library makes. A
    // text of a user's locale may answer anything: only a string is a message.
    const text: unknown = render(bounded(input, 0) as T);
    return typeof text === 'string' ? text : texts.unknown;
  } catch {
    return texts.unknown;
  }
};

// A world rejection is told apart by its code having a text in the world table.
const isWorldRejection = (texts: LocaleTexts, rejection: Rejection | WorldRejection): rejection is WorldRejection =>
  hasOwnKey(texts.world, rejection.code);

// A path as far as a message can show it: the library's are short, a made-up one is cut.
const MAX_PATH = 32;

const pathText = (path: InputIssue['path']): string => {
  if (path.length === 0) return '(input)';
  const shown = path
    .slice(0, MAX_PATH)
    .map((key, index) => (typeof key === 'number' ? `[${String(key)}]` : index === 0 ? key : `.${key}`));
  return `${shown.join('')}${path.length > MAX_PATH ? '…' : ''}`;
};

const issueText = (texts: LocaleTexts, { path, problem }: InputIssue): string =>
  `${pathText(path)}: ${describeProblem(texts, problem)}`;

function describeProblem(texts: LocaleTexts, problem: Problem): string {
  return hasOwnKey(texts.problem, problem.code) ? problemText(texts, problem.code, problem) : texts.unknown;
}

/**
 * The message for a rejection, a world's rejection or an `invalid_input` error, in English, Swedish or a
 * locale of {@link defineLocale}. Exhaustive: every code has its text in every locale, or the package
 * does not compile.
 *
 * @example
 * explain(rejection, 'sv'); // 'Boendet "h1" kan inte tas bort från det primära kontot …'
 */
export const explain = (input: Rejection | WorldRejection | InvalidInput, locale: SpokenLocale): string => {
  const texts = textsFor(locale);
  return safely(texts, input, (rejection) => {
    if (rejection.code === 'invalid_input') {
      // The library lists at most MAX_ISSUES and how many more; a longer list was not made by it.
      return `${texts.invalidInput}: ${rejection.issues
        .slice(0, MAX_ISSUES + 1)
        .map((issue) => issueText(texts, issue))
        .join('; ')}.`;
    }
    if (isWorldRejection(texts, rejection)) return worldText(texts, rejection.code, rejection);
    return hasOwnKey(texts.rejection, rejection.code) ? rejectionText(texts, rejection.code, rejection) : texts.unknown;
  });
};

/**
 * The message for one issue of an `invalid_input` error: where it is, and what is wrong there.
 *
 * @example
 * explainIssue({ path: ['steps', 2, 'actr'], problem: { code: 'unknown_field' } }, 'en');
 * // 'steps[2].actr: is not a field here (check its spelling)'
 */
export const explainIssue = (input: InputIssue, locale: SpokenLocale): string => {
  const texts = textsFor(locale);
  return safely(texts, input, (issue) => issueText(texts, issue));
};

/**
 * The message for a remedy: what to do instead, in the locale asked for.
 *
 * @example
 * explainRemedy({ kind: 'request_primary_account', rule: 'PA-9', agreement: leid }, 'en'); // 'Ask the platform for a primary account for the agreement with legal entity ID 4711.'
 */
export const explainRemedy = (input: Remedy, locale: SpokenLocale): string => {
  const texts = textsFor(locale);
  return safely(texts, input, (remedy) =>
    hasOwnKey(texts.remedy, remedy.kind) ? remedyText(texts, remedy.kind, remedy) : texts.unknown,
  );
};

/**
 * The message for a smart constructor's error, naming the value and what was wrong.
 *
 * @example
 * explainValueError({ value: 'email', problem: { code: 'malformed_email' } }, 'en');
 * // 'email address: is not a well-formed email address'
 */
export const explainValueError = (input: ValueError, locale: SpokenLocale): string => {
  const texts = textsFor(locale);
  return safely(
    texts,
    input,
    (error) =>
      `${hasOwnKey(texts.value, error.value) ? texts.value[error.value] : texts.unknown}: ${describeProblem(texts, error.problem)}`,
  );
};

/**
 * PA-8: the name of an account kind, as the extranet shows it under the account's name.
 *
 * @example
 * explainAccountKind('primary', 'sv'); // 'primärt konto'
 */
export const explainAccountKind = (kind: AccountKind, locale: SpokenLocale): string => {
  const texts = textsFor(locale);
  return hasOwnKey(texts.accountKind, kind) ? texts.accountKind[kind] : texts.unknown;
};
