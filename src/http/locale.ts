import { type Locale, LOCALES } from 'partner-account-rules';

/** The longest Accept-Language header read; a longer one is read up to here. */
export const MAX_ACCEPT_LANGUAGE = 4096;

const DEFAULT: Locale = 'en';

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

// RFC 4647, 3.4 (lookup): a range matches a locale if it is the locale's tag, or becomes it when
// subtags are cut from its end ("sv-SE" finds "sv").
const lookup = (tag: string): Locale | null => {
  let candidate = tag;
  for (;;) {
    const found = LOCALES.find((locale) => locale === candidate);
    if (found !== undefined) return found;
    const cut = candidate.lastIndexOf('-');
    if (cut < 0) return null;
    candidate = candidate.slice(0, cut);
  }
};

/**
 * The locale to answer in for an `Accept-Language` header (RFC 9110): the most preferred language
 * range, by q-value and then by order, that names Swedish or English, matched by RFC 4647 lookup
 * (`sv-SE` is `sv`). English when the header is absent, malformed or names neither; a range of
 * weight 0 is never chosen.
 *
 * @example
 * negotiateLocale('sv-SE,sv;q=0.9,en;q=0.8'); // 'sv'
 * negotiateLocale(request.headers['accept-language']); // 'en' when there is none
 */
export const negotiateLocale = (acceptLanguage: unknown): Locale => {
  if (typeof acceptLanguage !== 'string') return DEFAULT;
  const ranges = rangesOf(acceptLanguage);
  // "q=0" means "not this one": a locale so named is never chosen, not even for "*". Refusing
  // "sv-SE" refuses that variant only, which is not a locale of the library.
  const refused = new Set<string>(ranges.filter(({ weight }) => weight === 0).map(({ tag }) => tag));
  for (const { tag, weight } of ranges) {
    if (weight === 0) break;
    const found = tag === '*' ? (LOCALES.find((locale) => !refused.has(locale)) ?? null) : lookup(tag);
    if (found !== null && !refused.has(found)) return found;
  }
  return DEFAULT;
};
