import type { ProblemStatus, RejectionCode, WorldRejectionCode } from 'partner-account-rules';

/** Every code an answer over HTTP can carry: a rule's, the world's, or malformed input. */
export type ProblemCode = RejectionCode | WorldRejectionCode | 'invalid_input';

/** The statuses the library answers with. 500 is for a code it does not know (a caller's bug). */
export type HttpStatus = ProblemStatus;

// One status per code, and every code has one: a new code does not compile until it is listed.
// 400: the request is malformed. 403: the actor may not do this at all, whatever the arguments
// (the rule is about who acts). 404: a record it names is not there. 409: the records as they
// stand forbid it, and a change to them could allow it (a login in use, a terminated agreement,
// something already done). 422: the request is well formed but asks for something the rules
// never allow with these arguments (a wrong origin, no rights chosen).
const STATUS: { readonly [Code in ProblemCode]: HttpStatus } = {
  invalid_input: 400,
  // who acts
  actor_cannot_issue: 403,
  actor_is_not_this_primary: 403,
  actor_not_admin: 403,
  non_primary_cannot_add_property: 403,
  platform_operation_only: 403,
  rights_reach_other_properties: 403,
  // what is not there
  record_not_found: 404,
  user_not_found: 404,
  property_not_reached: 404,
  // what the records forbid as they stand
  record_id_taken: 409,
  time_went_backwards: 409,
  agreement_has_no_primary: 409,
  agreement_has_primary: 409,
  agreement_is_terminated: 409,
  already_admin: 409,
  already_primary_account: 409,
  not_admin: 409,
  access_rights_unchanged: 409,
  invitation_already_pending: 409,
  invitation_not_pending: 409,
  invitation_not_yet_sent: 409,
  login_taken: 409,
  primary_account_keeps_properties: 409,
  primary_admin_rights_locked: 409,
  property_already_in_agreement: 409,
  property_already_in_portfolio: 409,
  property_attached_to_other_primary: 409,
  property_in_other_agreement: 409,
  user_already_has_access: 409,
  user_is_primary_account: 409,
  // what these arguments can never do
  agreement_mismatch: 422,
  assigned_leid_of_other_agreement: 422,
  invitation_for_other_property: 422,
  login_same_as_creator: 422,
  login_same_as_primary: 422,
  no_access_rights_chosen: 422,
  partner_not_existing_at_assignment: 422,
  platform_attaches_existing_listings_only: 422,
  property_not_in_agreement: 422,
  username_email_mismatch: 422,
};

/**
 * Whether `code` is one the library answers with.
 *
 * @example
 * isProblemCode('login_taken'); // true
 */
export const isProblemCode = (code: unknown): code is ProblemCode =>
  typeof code === 'string' && Object.hasOwn(STATUS, code);

/**
 * The HTTP status for a rejection code: 400 for malformed input, 403 when the actor may not do
 * this at all, 404 when a record it names is missing, 409 when the records as they stand forbid
 * it, 422 when the arguments could never be allowed; 500 for anything that is not a code.
 *
 * @example
 * statusOf('login_taken'); // 409
 * statusOf(rejection.code); // one status per code, listed in docs/backend.md
 */
export const statusOf = (code: ProblemCode): HttpStatus => (isProblemCode(code) ? STATUS[code] : 500);
