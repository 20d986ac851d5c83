import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { negotiateLocale, toProblem } from 'partner-account-rules/http';
import { afterAll, describe, expect, it } from 'vitest';

import walkthrough from '../../scenarios/walkthrough.json';
import {
  addProperty,
  defineLocale,
  email,
  explain,
  explainAccountKind,
  explainIssue,
  explainRemedy,
  explainValueError,
  isSpokenLocale,
  LOCALE_TEXTS,
  localeTag,
  type LocaleTexts,
  localeTexts,
  MAX_ISSUES,
  type Rejection,
} from '../../src';
import { cli } from '../../src/cli/cli';
import { agreement, primary, unlinked, user } from '../fixtures';

// A third locale, defined here as a user would: English in brackets (a pseudo-locale), so that a
// message in it is told apart from the shipped ones and still says what English says.
const bracketed = (text: string): string => `⟦${text}⟧`;
const pseudo = <T>(table: T): T => {
  if (typeof table === 'function')
    return ((...args: unknown[]) => bracketed(String((table as (...args: unknown[]) => unknown)(...args)))) as T;
  if (typeof table === 'string') return bracketed(table) as T;
  return Object.fromEntries(Object.entries(table as object).map(([key, value]) => [key, pseudo(value)])) as T;
};
const pseudoTexts: LocaleTexts = pseudo(LOCALE_TEXTS.en);
const xa = defineLocale('en-XA', pseudoTexts)._unsafeUnwrap();

const owner = primary('anna', 1);
const refusal = (): Rejection => {
  const error = addProperty({
    actor: user('lena', ['h1'], 'admin'),
    primary: owner,
    agreement: agreement(1),
    property: unlinked('fresh'),
    origin: { kind: 'new_registration' },
  })._unsafeUnwrapErr();
  if (error.code === 'invalid_input') throw new Error('the request is well formed');
  return error;
};

describe('a locale a user defines', () => {
  it('is used by every explain function', () => {
    const rejection = refusal();
    expect(rejection.code).toBe('non_primary_cannot_add_property');
    expect(explain(rejection, xa)).toBe(bracketed(explain(rejection, 'en')));
    const [remedy] = rejection.remedies;
    expect(remedy).toBeDefined();
    if (remedy !== undefined) expect(explainRemedy(remedy, xa)).toBe(bracketed(explainRemedy(remedy, 'en')));
    const issue = { path: ['invitee', 'email'], problem: { code: 'malformed_email' } } as const;
    expect(explainIssue(issue, xa)).toBe(`invitee.email: ${bracketed('is not a well-formed email address')}`);
    const error = email('no at sign')._unsafeUnwrapErr();
    expect(explainValueError(error, xa)).toMatch(/^⟦email address⟧: ⟦/u);
    expect(explainAccountKind('primary', xa)).toBe('⟦primary account⟧');
  });

  it('is used by toProblem, in its title, detail, remedies and the client views', () => {
    const rejection = refusal();
    const problem = toProblem(rejection, { locale: xa });
    expect(problem.title).toBe('⟦Not allowed for this actor⟧');
    expect(problem.detail).toBe(explain(rejection, xa));
    expect(problem.remedies.every(({ message }) => message.startsWith('⟦'))).toBe(true);
    const hidden = toProblem(
      { code: 'login_taken', rules: ['PA-13'], facts: { login: 'lena', holder: 'other' }, remedies: [] } as never,
      { locale: xa },
    );
    expect(hidden.detail).toBe(bracketed(LOCALE_TEXTS.en.client.login_taken({ login: 'lena' } as never)));
    expect(toProblem(null as never, { locale: xa })).toMatchObject({
      title: '⟦Internal error⟧',
      detail: '⟦The answer could not be read.⟧',
    });
  });

  it('is chosen by negotiateLocale among the locales offered, by its tag', () => {
    expect(negotiateLocale('en-XA, sv;q=0.5', ['en', 'sv', xa])).toBe(xa);
    expect(negotiateLocale('sv, en-XA;q=0.5', ['en', 'sv', xa])).toBe('sv');
    expect(negotiateLocale('en-XA-x-test', [xa, 'sv'])).toBe(xa);
    expect(negotiateLocale('fi', [xa, 'sv'])).toBe(xa);
    // Not offered, not chosen: the shipped pair is the default list.
    expect(negotiateLocale('en-XA')).toBe('en');
    // A look-alike, not made by defineLocale, is passed over.
    expect(negotiateLocale('en-xa', ['sv', { tag: 'en-xa', texts: pseudoTexts } as never])).toBe('sv');
  });

  it('is used by the CLI, named by its tag', () => {
    let out = '';
    const io = {
      readFile: () => {
        throw new Error('not read');
      },
      out: (text: string) => {
        out += text;
      },
      err: () => undefined,
    };
    expect(cli(['run', '--locale', 'en-xa'], io, walkthrough, [xa])).toBe(0);
    expect(out).toContain('⟦Scenario⟧: ');
    expect(out).toContain('⟦Only the primary account can register properties');
    out = '';
    expect(cli(['run', '--locale', 'en-xa', '--json'], io, walkthrough, [xa])).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ locale: 'en-xa' });
    // Without it, the tag is not a locale of the CLI.
    expect(cli(['run', '--locale', 'en-xa', '--json'], io, walkthrough)).toBe(2);
  });

  it('holds what it was given: a copy, frozen, with a text that throws or answers no string read as unknown', () => {
    const texts = pseudo(LOCALE_TEXTS.en);
    const broken = defineLocale('en-XB', {
      ...texts,
      rejection: {
        ...texts.rejection,
        non_primary_cannot_add_property: () => {
          throw new Error('boom');
        },
        agreement_mismatch: () => 42 as unknown as string,
      },
    })._unsafeUnwrap();
    expect(explain(refusal(), broken)).toBe(texts.unknown);
    const mismatch = { code: 'agreement_mismatch', rules: ['PA-10'], facts: {}, remedies: [] } as never;
    expect(explain(mismatch, broken)).toBe(texts.unknown);
    expect(Object.isFrozen(broken)).toBe(true);
    expect(Object.isFrozen(broken.texts.rejection)).toBe(true);
    expect(broken.texts).not.toBe(texts);
    expect(localeTag(broken)).toBe('en-xb');
    expect(localeTexts(broken)).toBe(broken.texts);
    // Anything else reads as English.
    expect(localeTexts({ tag: 'xx', texts })).toBe(LOCALE_TEXTS.en);
    expect(isSpokenLocale({ tag: 'xx', texts })).toBe(false);
    expect(isSpokenLocale(broken)).toBe(true);
  });

  it('is refused, with the path of each problem, when a text is missing, extra or of the wrong kind', () => {
    const fewer = Object.fromEntries(
      Object.entries(LOCALE_TEXTS.en.rejection).filter(([code]) => code !== 'login_taken'),
    );
    const missing = defineLocale('fi', { ...LOCALE_TEXTS.en, rejection: fewer } as never)._unsafeUnwrapErr();
    expect(missing.issues).toEqual([
      {
        path: ['texts', 'rejection', 'login_taken'],
        problem: { code: 'wrong_type', expected: ['function'], received: 'undefined' },
      },
    ]);
    const extra = defineLocale('fi', {
      ...LOCALE_TEXTS.en,
      title: { ...LOCALE_TEXTS.en.title, 418: "I'm a teapot" },
    } as never)._unsafeUnwrapErr();
    expect(extra.issues).toEqual([{ path: ['texts', 'title', '418'], problem: { code: 'unknown_field' } }]);
    const wrong = defineLocale('fi', { ...LOCALE_TEXTS.en, unknown: 7 } as never)._unsafeUnwrapErr();
    expect(wrong.issues).toEqual([
      { path: ['texts', 'unknown'], problem: { code: 'wrong_type', expected: ['string'], received: 'number' } },
    ]);
    expect(defineLocale('f i', LOCALE_TEXTS.en)._unsafeUnwrapErr().issues).toEqual([
      { path: ['tag'], problem: { code: 'disallowed_character', kind: 'not_identifier', position: 1 } },
    ]);
    expect(defineLocale('x'.repeat(36), LOCALE_TEXTS.en)._unsafeUnwrapErr().issues[0].problem.code).toBe('too_long');
    expect(
      defineLocale(7 as never, null as never)
        ._unsafeUnwrapErr()
        .issues.map(({ path }) => path),
    ).toEqual([['tag'], ['texts']]);
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(defineLocale('fi', throwing as never)._unsafeUnwrapErr().issues.length).toBeGreaterThan(0);
    const huge = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`k${String(index)}`, 'x']));
    const started = performance.now();
    const tooMany = defineLocale('fi', { ...LOCALE_TEXTS.en, cli: huge } as never)._unsafeUnwrapErr();
    expect(
      tooMany.issues.some(({ path, problem }) => path.join('.') === 'texts.cli' && problem.code === 'too_long'),
    ).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
    // Many problems: the first are listed, and the rest counted.
    const emptied = ['rejection', 'remedy', 'problem', 'world', 'client', 'cli', 'title'] as const;
    const empty = defineLocale('fi', {
      ...LOCALE_TEXTS.en,
      ...Object.fromEntries(emptied.map((table) => [table, {}])),
    })._unsafeUnwrapErr();
    const total = emptied.reduce((sum, table) => sum + Object.keys(LOCALE_TEXTS.en[table]).length, 0);
    expect(total).toBeGreaterThan(MAX_ISSUES);
    expect(empty.issues).toHaveLength(MAX_ISSUES + 1);
    expect(empty.issues.at(-1)?.problem).toEqual({ code: 'more_issues', count: total - MAX_ISSUES });
  });
});

describe('the command, with a locale module', () => {
  const folder = mkdtempSync(join(tmpdir(), 'par-locale-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });
  const bin = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8', timeout: 20_000 });

  it('loads the locale a module exports and speaks it', { timeout: 30_000 }, () => {
    const module = join(folder, 'xa.mjs');
    writeFileSync(
      module,
      `import { LOCALE_TEXTS } from 'partner-account-rules';
const wrap = (table) => typeof table === 'function' ? (...args) => '⟦' + table(...args) + '⟧'
  : typeof table === 'string' ? '⟦' + table + '⟧'
  : Object.fromEntries(Object.entries(table).map(([key, value]) => [key, wrap(value)]));
export default { tag: 'en-XA', texts: wrap(LOCALE_TEXTS.en) };
`,
    );
    const answer = bin('run', '--locale-module', module, '--locale', 'en-xa');
    expect(answer.stderr).toBe('');
    expect(answer.status).toBe(0);
    expect(answer.stdout).toContain('⟦Scenario⟧: ');
  });

  it('says what is wrong with a module that exports no locale, and exits 2', { timeout: 30_000 }, () => {
    const module = join(folder, 'bad.mjs');
    writeFileSync(module, `export default { tag: 'fi', texts: {} };\n`);
    const answer = bin('run', '--locale-module', module, '--locale', 'fi');
    expect(answer.status).toBe(2);
    expect(answer.stderr).toContain('its default export is not a locale');
    expect(answer.stderr).toContain('texts.rejection');
  });
});
