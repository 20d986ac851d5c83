// partner-account-rules/http: what a backend needs between HTTP and the library, with no server
// of its own and no Node import. A status per rejection code, rejections as RFC 9457 problems
// for a client or an operator, the locale an Accept-Language header asks for, and commands made
// from a request body with the actor and time the server knows.
export { toAccepted, type AcceptedAnswer, type ClientEvent } from './accepted';
export { commandFromBody, SET_BY_SERVER, type Context, type NewRecord } from './body';
export { negotiateLocale, MAX_ACCEPT_LANGUAGE, MAX_LOCALES } from './locale';
export {
  pointerOf,
  toProblem,
  type Audience,
  type ProblemDetails,
  type ProblemError,
  type ProblemOptions,
  type ProblemRemedy,
} from './problem';
export { isProblemCode, statusOf, type HttpStatus, type ProblemCode } from './status';
