import { isSpokenLocale, type Locale, LOCALES, localeTag, type SpokenLocale } from 'partner-account-rules';

/** The longest Accept-Language header read; a longer one is read up to here. */
export const MAX_ACCEPT_LANGUAGE = 4096;

/** The most locales {@link negotiateLocale} chooses among; those after are not considered. */
export const MAX_LOCALES = 256;

// One language range of the header, with its weight (RFC 9110, 12.5.4 and 12.4.2).
interface Range {
  readonly tag: string;
  readonly weight: number;
  readonly order: number;
}

const RANGE = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/u;
const WEIGHT = /^q=(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/u;

const rangesOf = (header: string): Range[] => {
  const ranges: Range[] = [];
  const parts = header.slice(0, MAX_ACCEPT_LANGUAGE).toLowerCase().split(',');
  for (const [order, part] of parts.entries()) {
    const [tag = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    if (!RANGE.test(tag)) continue;
    // A malformed weight makes the range unusable rather than preferred.
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    if (q !== undefined && !WEIGHT.test(q.replaceAll(' ', ''))) continue;
    const weight = q === undefined ? 1 : Number(q.replaceAll(' ', '').slice(2));
    ranges.push({ tag, weight, order });
  }
  // The most preferred first; of equal weight, the one the header lists first.
  return ranges.sort((a, b) => b.weight - a.weight || a.order - b.order);
};

// A locale by its tag, lower-cased, as the header's ranges are.
interface Offered<L> {
  readonly tag: string;
  readonly locale: L;
}

// RFC 4647, 3.4 (lookup): a range matches a locale if it is the locale's tag, or becomes it when
// subtags are cut from its end ("sv-SE" finds "sv").
const lookup = <L>(tag: string, offered: readonly Offered<L>[]): Offered<L> | null => {
  let candidate = tag;
  for (;;) {
    const found = offered.find((locale) => locale.tag === candidate);
    if (found !== undefined) return found;
    const cut = candidate.lastIndexOf('-');
    if (cut < 0) return null;
    candidate = candidate.slice(0, cut);
  }
};

/**
 * The locale to answer in for an `Accept-Language` header (RFC 9110), among `available` (the
 * shipped `en` and `sv` unless told; a locale of `defineLocale` is matched by its tag): the most
 * preferred language range, by q-value and then by order, that names one of them, matched by RFC
 * 4647 lookup (`sv-SE` is `sv`). The first of `available` when the header is absent, malformed or
 * names none of them (`'en'` when the list offers none); a range of weight 0 is never chosen.
 *
 * @example
 * negotiateLocale('sv-SE,sv;q=0.9,en;q=0.8'); // 'sv'
 * negotiateLocale(request.headers['accept-language']); // 'en' when there is none
 * negotiateLocale('fi-FI,en;q=0.5', ['en', defineLocale('fi', LOCALE_TEXTS.en)._unsafeUnwrap()]); // the 'fi' one
 */
export function negotiateLocale(acceptLanguage: unknown): Locale;
export function negotiateLocale<L extends SpokenLocale>(acceptLanguage: unknown, available: readonly L[]): L | 'en';
export function negotiateLocale(acceptLanguage: unknown, available: readonly SpokenLocale[] = LOCALES): SpokenLocale {
  const offered = offeredOf(available);
  const [fallback] = offered;
  if (fallback === undefined) return 'en';
  if (typeof acceptLanguage !== 'string') return fallback.locale;
  const ranges = rangesOf(acceptLanguage);
  // "q=0" means "not this one": a locale so named is never chosen, not even for "*". Refusing
  // "sv-SE" refuses that variant only, which is not a locale offered unless one has that tag.
  const refused = new Set<string>(ranges.filter(({ weight }) => weight === 0).map(({ tag }) => tag));
  for (const { tag, weight } of ranges) {
    if (weight === 0) break;
    const found = tag === '*' ? (offered.find((locale) => !refused.has(locale.tag)) ?? null) : lookup(tag, offered);
    if (found !== null && !refused.has(found.tag)) return found.locale;
  }
  return fallback.locale;
}

// The locales offered, each with its tag, read once; what is not a locale is passed over.
const offeredOf = (available: unknown): Offered<SpokenLocale>[] => {
  const offered: Offered<SpokenLocale>[] = [];
  try {
    if (!Array.isArray(available)) return offered;
    const count = Math.min(available.length, MAX_LOCALES);
    for (let index = 0; index < count; index += 1) {
      const locale: unknown = available[index];
      if (isSpokenLocale(locale)) offered.push({ tag: localeTag(locale).toLowerCase(), locale });
    }
  } catch {
    // A list that cannot be read offers what was read of it.
  }
  return offered;
};
