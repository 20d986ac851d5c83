import { describe, expect, it } from 'vitest';

import { sv } from '../../src/messages/sv';

// The Swedish texts speak the Swedish article's words: "id för en juridisk person" for a legal
// entity ID, "åtkomsträttigheter" for access rights, "mejladress" for an email address and
// "användarnamn" for a login name. Every Swedish text of the library is read: one table holds the
// messages, the client's texts and the problem titles of partner-account-rules/http, and the CLI's.

const texts = (entry: unknown): string[] => {
  if (typeof entry === 'function') return [String(entry)];
  if (typeof entry === 'object' && entry !== null) return Object.values(entry).flatMap(texts);
  return [String(entry)];
};

const swedish = (): string[] => texts(sv);

const ARTICLE_WORDS = [
  [
    'a legal entity ID',
    /juridiskt? id|(?<!\p{L})id(?!\s+för\s+en\s+juridisk\s+person)[^.\p{L}][^.]{0,40}juridisk person/iu,
  ],
  ['access rights', /behörighet/iu],
  ['an email address', /e-post/iu],
  ['a login name', /inloggningsnamn/iu],
] as const;

describe('the Swedish texts use the article’s words', () => {
  it.each(ARTICLE_WORDS)('for %s', (_, other) => {
    const found = swedish().filter((text) => other.test(text));
    expect(found).toStrictEqual([]);
  });

  it('and do use them', () => {
    const all = swedish().join('\n');
    for (const word of ['id för en juridisk person', 'åtkomsträttigheter', 'mejladress', 'användarnamn'])
      expect(all).toContain(word);
  });

  it('PA-5: a partner given an LEID adds the property to its primary account ("primärt konto")', () => {
    const text = sv.rejection.partner_not_existing_at_assignment({
      code: 'partner_not_existing_at_assignment',
      rules: ['PA-5', 'PA-3'],
      facts: { property: 'p' as never, assigned: 7 as never },
      remedies: [],
    });
    expect(text).toContain('primära kontot');
  });
});
