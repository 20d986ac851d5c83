import type { Rejection } from '../rejections/all';
import type { Remedy } from '../rejections/remedy';
import type { AccountKind } from '../values/account';
import type { InputIssue, InvalidInput, Problem, ValueError } from '../values/problem';
import { en } from './en';
import { sv } from './sv';
import type { WorldRejection } from '../world/rejection';
import type { ProblemByCode, RejectionByCode, RemedyByKind, Texts, WorldRejectionByCode } from './texts';

/** The languages every message exists in. */
export const LOCALES = Object.freeze(['en', 'sv'] as const);

/** A language of the messages: English or Swedish. */
export type Locale = (typeof LOCALES)[number];

// Any value other than 'sv' reads as English: a message function should say something useful
// even when a caller passes a locale from an untyped source.
const textsFor = (locale: Locale): Texts => (locale === 'sv' ? sv : en);

// Correlated lookups: the key and the value share one type parameter, so each text receives
// exactly its own variant without a cast.
const rejectionText = <C extends keyof RejectionByCode>(texts: Texts, code: C, rejection: RejectionByCode[C]): string =>
  texts.rejection[code](rejection);
const worldText = <C extends keyof WorldRejectionByCode>(texts: Texts, code: C, rejection: WorldRejectionByCode[C]): string =>
  texts.world[code](rejection);
const remedyText = <K extends keyof RemedyByKind>(texts: Texts, kind: K, remedy: RemedyByKind[K]): string => texts.remedy[kind](remedy);
const problemText = <C extends keyof ProblemByCode>(texts: Texts, code: C, problem: ProblemByCode[C]): string =>
  texts.problem[code](problem);

const hasOwnKey = (table: object, key: unknown): boolean => typeof key === 'string' && Object.hasOwn(table, key);

// Every text reads facts of its variant; a malformed value from an untyped caller must still
// give an answer, never an exception.
const safely = (texts: Texts, render: () => string): string => {
  try {
    return render();
  } catch {
    return texts.unknown;
  }
};

// A world rejection is told apart by its code having a text in the world table.
const isWorldRejection = (texts: Texts, rejection: Rejection | WorldRejection): rejection is WorldRejection => hasOwnKey(texts.world, rejection.code);

const pathText = (path: InputIssue['path']): string =>
  path.length === 0 ? '(input)' : path.map((key, index) => (typeof key === 'number' ? `[${String(key)}]` : index === 0 ? key : `.${key}`)).join('');

const issueText = (texts: Texts, { path, problem }: InputIssue): string => `${pathText(path)}: ${describeProblem(texts, problem)}`;

function describeProblem(texts: Texts, problem: Problem): string {
  return hasOwnKey(texts.problem, problem.code) ? problemText(texts, problem.code, problem) : texts.unknown;
}

/**
 * The message for a rejection, a world's rejection or an `invalid_input` error, in English or Swedish. Exhaustive:
 * every code has its text in both languages, or the package does not compile.
 *
 * @example
 * describe(rejection, 'sv'); // 'Boenden kan inte tas bort från ...'
 */
export const describe = (rejection: Rejection | WorldRejection | InvalidInput, locale: Locale): string => {
  const texts = textsFor(locale);
  return safely(texts, () => {
    if (rejection.code === 'invalid_input') {
      return `${texts.invalidInput}: ${rejection.issues.map((issue) => issueText(texts, issue)).join('; ')}.`;
    }
    if (isWorldRejection(texts, rejection)) return worldText(texts, rejection.code, rejection);
    return hasOwnKey(texts.rejection, rejection.code) ? rejectionText(texts, rejection.code, rejection) : texts.unknown;
  });
};

/**
 * The message for one issue of an `invalid_input` error: where it is, and what is wrong there.
 *
 * @example
 * describeIssue({ path: ['steps', 2, 'actr'], problem: { code: 'unknown_field' } }, 'en');
 * // 'steps[2].actr: is not a field here (check its spelling)'
 */
export const describeIssue = (issue: InputIssue, locale: Locale): string => {
  const texts = textsFor(locale);
  return safely(texts, () => issueText(texts, issue));
};

/**
 * The message for a remedy: what to do instead, in English or Swedish.
 *
 * @example
 * describeRemedy({ kind: 'request_primary_account', rule: 'PA-9', agreement }, 'en'); // 'Ask the platform for a primary account for the agreement with legal entity ID 4711.'
 */
export const describeRemedy = (remedy: Remedy, locale: Locale): string => {
  const texts = textsFor(locale);
  return safely(texts, () => (hasOwnKey(texts.remedy, remedy.kind) ? remedyText(texts, remedy.kind, remedy) : texts.unknown));
};

/**
 * The message for a smart constructor's error, naming the value and what was wrong.
 *
 * @example
 * describeValueError({ value: 'email', problem: { code: 'malformed_email' } }, 'en');
 * // 'email address: is not a well-formed email address'
 */
export const describeValueError = (error: ValueError, locale: Locale): string => {
  const texts = textsFor(locale);
  return safely(texts, () => `${hasOwnKey(texts.value, error.value) ? texts.value[error.value] : texts.unknown}: ${describeProblem(texts, error.problem)}`);
};

/**
 * PA-8: the name of an account kind, as the extranet shows it under the account's name.
 *
 * @example
 * describeAccountKind('primary', 'sv'); // 'primärt konto'
 */
export const describeAccountKind = (kind: AccountKind, locale: Locale): string => {
  const texts = textsFor(locale);
  return hasOwnKey(texts.accountKind, kind) ? texts.accountKind[kind] : texts.unknown;
};
