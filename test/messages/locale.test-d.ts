import { describe, expectTypeOf, it } from 'vitest';

import { type CustomLocale, defineLocale, LOCALE_TEXTS, type LocaleTexts, type SpokenLocale } from '../../src';

describe('a locale a user defines', () => {
  it('must have every text, and no other, to compile', () => {
    const { en } = LOCALE_TEXTS;
    // Complete: compiles.
    defineLocale('fi', { ...en, invalidInput: 'Pyyntö on virheellinen' });
    // @ts-expect-error -- a rejection without its text
    defineLocale('fi', { ...en, rejection: { ...en.rejection, login_taken: undefined } });
    const { title } = en;
    defineLocale('fi', {
      ...en,
      // @ts-expect-error -- a title for a status the library never answers with
      title: { ...title, 418: "I'm a teapot" },
    });
    // @ts-expect-error -- a CLI word that does not exist
    defineLocale('fi', { ...en, cli: { ...en.cli, goodbye: 'hej då' } });
    // @ts-expect-error -- a text is a function of its rejection, not a string
    defineLocale('fi', { ...en, rejection: { ...en.rejection, login_taken: 'taken' } });
    // @ts-expect-error -- a missing table
    defineLocale('fi', { ...en, client: undefined });
  });

  it('is taken wherever a shipped locale is', () => {
    expectTypeOf<CustomLocale>().toExtend<SpokenLocale>();
    expectTypeOf<'en' | 'sv'>().toExtend<SpokenLocale>();
    expectTypeOf<LocaleTexts['client']>().toHaveProperty('login_taken');
  });
});
