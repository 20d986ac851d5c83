import type { Locale } from 'partner-account-rules';

// The service's own problems: what it refuses before the library decides anything, or when the
// database does not answer. Each is an RFC 9457 problem shaped as the library's are (`code`,
// `rules`, `facts`, `remedies`), in English and Swedish.

/** Why the service itself refused a request. */
export type ServiceProblemCode =
  | 'malformed_json'
  | 'unsupported_media_type'
  | 'body_too_large'
  | 'unauthenticated'
  | 'token_names_no_actor'
  | 'not_found'
  | 'idempotency_key_reused'
  | 'service_busy'
  | 'service_unavailable'
  | 'internal';

interface Text {
  readonly title: string;
  readonly detail: string;
}

const PROBLEMS: {
  readonly [C in ServiceProblemCode]: { readonly status: number; readonly en: Text; readonly sv: Text };
} = {
  malformed_json: {
    status: 400,
    en: { title: 'Malformed request', detail: 'The request body is not JSON.' },
    sv: { title: 'Felaktig begäran', detail: 'Begärans innehåll är inte JSON.' },
  },
  unsupported_media_type: {
    status: 415,
    en: { title: 'Unsupported media type', detail: 'Send the body as application/json.' },
    sv: { title: 'Medietypen stöds inte', detail: 'Skicka innehållet som application/json.' },
  },
  body_too_large: {
    status: 413,
    en: { title: 'Request body too large', detail: 'The request body is larger than this service takes.' },
    sv: { title: 'För stort innehåll', detail: 'Begärans innehåll är större än tjänsten tar emot.' },
  },
  unauthenticated: {
    status: 401,
    en: { title: 'Not signed in', detail: 'A valid bearer token is needed.' },
    sv: { title: 'Inte inloggad', detail: 'En giltig bearer-token behövs.' },
  },
  token_names_no_actor: {
    status: 403,
    en: { title: 'No one to act for', detail: 'The token is valid but names no account, platform or invitation.' },
    sv: {
      title: 'Ingen att agera för',
      detail: 'Token är giltig men anger inget konto, ingen plattform och ingen inbjudan.',
    },
  },
  not_found: {
    status: 404,
    en: { title: 'Not found', detail: 'This service has no such route.' },
    sv: { title: 'Hittades inte', detail: 'Tjänsten har ingen sådan väg.' },
  },
  idempotency_key_reused: {
    status: 422,
    en: {
      title: 'Idempotency key reused',
      detail: 'This Idempotency-Key was used before for another request; use a new key for a new request.',
    },
    sv: {
      title: 'Idempotensnyckeln återanvänd',
      detail: 'Denna Idempotency-Key har använts för en annan begäran; använd en ny nyckel för en ny begäran.',
    },
  },
  service_busy: {
    status: 503,
    en: { title: 'Busy', detail: 'Too many requests met on the same records; send it again shortly.' },
    sv: { title: 'Upptagen', detail: 'För många begäranden möttes på samma uppgifter; skicka den igen om en stund.' },
  },
  service_unavailable: {
    status: 503,
    en: { title: 'Unavailable', detail: 'The database does not answer; send the request again shortly.' },
    sv: { title: 'Inte tillgänglig', detail: 'Databasen svarar inte; skicka begäran igen om en stund.' },
  },
  internal: {
    status: 500,
    en: { title: 'Internal error', detail: 'The request could not be answered.' },
    sv: { title: 'Internt fel', detail: 'Begäran kunde inte besvaras.' },
  },
};

/** A problem of the service's own, as the library's problems are shaped. */
export interface ServiceProblem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ServiceProblemCode;
  readonly rules: readonly [];
  readonly facts: Readonly<Record<string, unknown>>;
  readonly remedies: readonly [];
}

/** The problem `code` in `locale`, with `facts` about it. */
export const serviceProblem = (
  code: ServiceProblemCode,
  locale: Locale,
  facts: Readonly<Record<string, unknown>> = {},
): ServiceProblem => {
  const { status, [locale]: text } = PROBLEMS[code];
  return {
    type: `urn:partner-account-rules-service:problem:${code}`,
    title: text.title,
    status,
    detail: text.detail,
    code,
    rules: [],
    facts,
    remedies: [],
  };
};

/** Every code of {@link serviceProblem}, for the OpenAPI document and the tests. */
export const SERVICE_PROBLEM_CODES = Object.keys(PROBLEMS) as ServiceProblemCode[];

/** The status of each code. */
export const statusOfServiceProblem = (code: ServiceProblemCode): number => PROBLEMS[code].status;
