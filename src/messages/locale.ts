import { err, ok, type Result } from 'neverthrow';

import { MAX_ISSUES } from '../validation/check';
import { type InputIssue, type InvalidInput, receivedType } from '../values/problem';
import { en } from './en';
import { sv } from './sv';
import type { LocaleTexts } from './texts';

/** The languages the library ships: English and Swedish. */
export const LOCALES = Object.freeze(['en', 'sv'] as const);

/** A language the library ships, by its tag. */
export type Locale = (typeof LOCALES)[number];

/** A language a user added with {@link defineLocale}: its tag and everything it says. */
export interface CustomLocale {
  readonly tag: string;
  readonly texts: LocaleTexts;
}

/** What every function that speaks takes: a shipped locale's tag, or a locale a user defined. */
export type SpokenLocale = Locale | CustomLocale;

/** The texts of the shipped locales, frozen, to read, or to start a new locale from. */
export const LOCALE_TEXTS: { readonly [L in Locale]: LocaleTexts } = Object.freeze({ en, sv });

// The locales defineLocale made: only these are taken as locales, so a look-alike object (or one
// changed after it was checked) cannot put untested texts into a message.
const DEFINED = new WeakSet();

/** The longest tag {@link defineLocale} takes (RFC 5646 puts the practical limit at 35). */
export const MAX_LOCALE_TAG = 35;

// A language tag as RFC 5646 writes the common ones: a language of 2–3 letters, then subtags.
const TAG = /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/iu;

// The longest string a text may be: a title or a word, never a document.
const MAX_TEXT_LENGTH = 10_000;

// The issues found: the first MAX_ISSUES kept, every one counted.
interface Issues {
  readonly kept: InputIssue[];
  count: number;
}

const note = (issues: Issues, issue: InputIssue): void => {
  issues.count += 1;
  if (issues.kept.length < MAX_ISSUES) issues.kept.push(issue);
};

// A copy of `given` with the form of `model` (English, the reference): the same keys, a function
// where it has a function, a string where it has a string, a table where it has a table.
const copyLike = (model: unknown, given: unknown, path: readonly string[], issues: Issues): unknown => {
  if (typeof model === 'function') {
    if (typeof given === 'function') return given;
    note(issues, { path, problem: { code: 'wrong_type', expected: ['function'], received: receivedType(given) } });
    return undefined;
  }
  if (typeof model === 'string') {
    if (typeof given !== 'string') {
      note(issues, { path, problem: { code: 'wrong_type', expected: ['string'], received: receivedType(given) } });
      return undefined;
    }
    if (given.length > MAX_TEXT_LENGTH)
      note(issues, { path, problem: { code: 'too_long', max: MAX_TEXT_LENGTH, length: given.length } });
    return given;
  }
  const table = model as Record<string, unknown>;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    note(issues, { path, problem: { code: 'wrong_type', expected: ['object'], received: receivedType(given) } });
    return undefined;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(table)) {
    const at = [...path, key];
    if (!Object.hasOwn(given, key)) {
      note(issues, {
        path: at,
        problem: { code: 'wrong_type', expected: [typeOf(table[key])], received: 'undefined' },
      });
      continue;
    }
    copy[key] = copyLike(table[key], (given as Record<string, unknown>)[key], at, issues);
  }
  // A text the reference does not have is a misspelt key: said, not dropped silently. A table with
  // far more keys than the reference is refused as a whole, in one pass.
  const keys = Object.keys(given);
  const most = Object.keys(table).length;
  if (keys.length > most + MAX_ISSUES)
    note(issues, { path, problem: { code: 'too_long', max: most, length: keys.length } });
  else
    for (const key of keys)
      if (!Object.hasOwn(table, key)) note(issues, { path: [...path, key], problem: { code: 'unknown_field' } });
  return Object.freeze(copy);
};

const typeOf = (model: unknown): 'function' | 'string' | 'object' =>
  typeof model === 'function' ? 'function' : typeof model === 'string' ? 'string' : 'object';

const invalid = ({ kept, count }: Issues): InvalidInput => {
  const [first = { path: [], problem: { code: 'unreadable' } }, ...rest] = kept;
  const left = count - kept.length;
  return {
    code: 'invalid_input',
    issues: left > 0 ? [first, ...rest, { path: [], problem: { code: 'more_issues', count: left } }] : [first, ...rest],
  };
};

/**
 * A new language for every message of the library: `explain` and its kin, `toProblem`,
 * `negotiateLocale`, the CLI and the playground take what it returns wherever they take `'en'` or
 * `'sv'`. `texts` has exactly the tables of {@link LOCALE_TEXTS}`.en`: a missing or extra text
 * fails to compile (write it `satisfies LocaleTexts`), and is refused here too, with the path of
 * each, for a caller without types. The tables are copied and frozen; a text that throws or returns
 * something else than a string gives the locale's `unknown` text instead.
 *
 * @example
 * const fi = defineLocale('fi', { ...LOCALE_TEXTS.en, invalidInput: 'Pyyntö on virheellinen' });
 * if (fi.isOk()) explain(rejection, fi.value);
 */
export const defineLocale = (tag: string, texts: LocaleTexts): Result<CustomLocale, InvalidInput> => {
  const issues: Issues = { kept: [], count: 0 };
  try {
    const given: unknown = tag;
    if (typeof given !== 'string')
      note(issues, {
        path: ['tag'],
        problem: { code: 'wrong_type', expected: ['string'], received: receivedType(given) },
      });
    else if (given.length > MAX_LOCALE_TAG)
      note(issues, { path: ['tag'], problem: { code: 'too_long', max: MAX_LOCALE_TAG, length: given.length } });
    else if (!TAG.test(given))
      note(issues, {
        path: ['tag'],
        problem: {
          code: 'disallowed_character',
          kind: 'not_identifier',
          position: Math.max(0, given.search(/[^a-z\d-]/iu)),
        },
      });
    const copy = copyLike(en, texts, ['texts'], issues);
    if (issues.count > 0) return err(invalid(issues));
    const locale: CustomLocale = Object.freeze({ tag: tag.toLowerCase(), texts: copy as LocaleTexts });
    DEFINED.add(locale);
    return ok(locale);
  } catch {
    return err(invalid({ kept: [{ path: [], problem: { code: 'unreadable' } }], count: 1 }));
  }
};

/**
 * Whether `value` is a locale: `'en'`, `'sv'`, or one that {@link defineLocale} made.
 *
 * @example
 * isSpokenLocale('sv'); // true
 * isSpokenLocale({ tag: 'fi', texts: LOCALE_TEXTS.en }); // false: not made by defineLocale
 */
export const isSpokenLocale = (value: unknown): value is SpokenLocale =>
  value === 'en' || value === 'sv' || (typeof value === 'object' && value !== null && DEFINED.has(value));

/**
 * The texts of a locale: a shipped one's, or those a user defined with {@link defineLocale}.
 * Anything else, from an untyped caller, reads as English.
 *
 * @example
 * localeTexts('sv').title[404]; // 'Hittades inte'
 */
export const localeTexts = (locale: SpokenLocale): LocaleTexts => {
  const given: unknown = locale;
  if (given === 'sv') return sv;
  return typeof given === 'object' && isSpokenLocale(given) ? given.texts : en;
};

/**
 * The tag of a locale: `'en'`, `'sv'`, or the one given to {@link defineLocale}. Anything else
 * is English, as for {@link localeTexts}.
 *
 * @example
 * localeTag('sv'); // 'sv'
 */
export const localeTag = (locale: SpokenLocale): string => {
  const given: unknown = locale;
  if (given === 'sv') return 'sv';
  return typeof given === 'object' && isSpokenLocale(given) ? given.tag : 'en';
};
