import type { ClientFacts, LocaleTexts, Rejection, Remedy, RuleId, WorldRejection } from 'partner-account-rules';

// What a client may be told. A rejection's facts are for the operator: some name records outside
// what the acting account reaches (another partner's properties or agreement, the account that
// holds a login, the primary account of an agreement), and some tell whether an account exists.
// A client gets the same code and remedies with those facts left out and a message that does not
// name them; three answers of a user lookup become one, so that a wrong email and an unknown user
// look alike. Every other rejection names only what the request itself named, or what the actor
// reaches, and is shown as it is.

/** A rejection as a client sees it: its code, the facts it may see, its remedies, its message. */
export interface ClientView {
  readonly code: Rejection['code'] | WorldRejection['code'];
  readonly facts: Readonly<Record<string, unknown>>;
  readonly remedies: readonly Remedy[];
  /** Its message, in a locale's texts (`texts.client`). */
  readonly detail: (texts: LocaleTexts) => string;
  /** The rules to cite, when they would tell the merged answers apart; else the rejection's. */
  readonly rules?: readonly RuleId[];
}

type ViewOf<R> = (rejection: R) => ClientView;
type Views = { readonly [Code in Rejection['code']]?: ViewOf<Extract<Rejection, { readonly code: Code }>> };
type WorldViews = {
  readonly [Code in WorldRejection['code']]?: ViewOf<Extract<WorldRejection, { readonly code: Code }>>;
};

// A view of `code` showing `facts` only, with its message from the `client` table of whichever
// locale is asked for.
const shown = <C extends keyof ClientFacts>(
  code: C,
  facts: ClientFacts[C],
  remedies: readonly Remedy[],
): ClientView => ({
  code,
  facts,
  remedies,
  detail: (texts) => texts.client[code](facts),
});

// The one answer of a user lookup that failed, whatever failed: no account by that username,
// another email, or a primary account (which cannot be added, only invited). It repeats nothing,
// not even the username, so that the three answers are one; the remedy, to invite the person by
// email instead, is the three refusals' own, and the same for all three. Made anew for each
// answer: nothing a caller does to one answer reaches another.
const noSuchUser = ({ remedies }: { readonly remedies: readonly Remedy[] }): ClientView => ({
  ...shown('user_not_found', {}, remedies),
  rules: ['PA-14'],
});

const VIEWS: Views = {
  user_not_found: noSuchUser,
  username_email_mismatch: noSuchUser,
  user_is_primary_account: noSuchUser,
  user_already_has_access: ({ facts, remedies }) =>
    shown('user_already_has_access', { property: facts.property }, remedies),
  login_taken: ({ facts, remedies }) => shown('login_taken', { login: facts.login }, remedies),
  login_same_as_primary: ({ facts, remedies }) => shown('login_same_as_primary', { login: facts.login }, remedies),
  agreement_has_primary: ({ facts, remedies }) =>
    shown('agreement_has_primary', { agreement: facts.agreement }, remedies),
  agreement_mismatch: ({ facts }) => shown('agreement_mismatch', { givenAgreement: facts.givenAgreement }, []),
  property_in_other_agreement: ({ facts, remedies }) =>
    shown('property_in_other_agreement', { property: facts.property, agreement: facts.agreement }, remedies),
  property_attached_to_other_primary: ({ facts, remedies }) =>
    shown('property_attached_to_other_primary', { property: facts.property }, remedies),
  rights_reach_other_properties: ({ facts, remedies }) =>
    shown('rights_reach_other_properties', { account: facts.account }, remedies),
  primary_admin_rights_locked: ({ facts, remedies }) =>
    shown('primary_admin_rights_locked', { account: facts.account }, remedies),
  invitation_for_other_property: ({ facts }) =>
    shown('invitation_for_other_property', { invitation: facts.invitation, property: facts.property }, []),
};

// The world's clock moves with every tenant's commands: a client is told its own moment only.
const WORLD_VIEWS: WorldViews = {
  time_went_backwards: ({ facts }) => shown('time_went_backwards', { now: facts.now }, []),
};

/**
 * The client's view of a rejection, when it differs from the operator's; `null` when the
 * rejection names nothing the client may not see.
 */
export const clientViewOf = (rejection: Rejection | WorldRejection): ClientView | null => {
  // The tables are keyed by code: the view found takes the rejection of that code.
  if (Object.hasOwn(VIEWS, rejection.code)) {
    const view = VIEWS[rejection.code as Rejection['code']] as ViewOf<Rejection> | undefined;
    return view === undefined ? null : view(rejection as Rejection);
  }
  if (Object.hasOwn(WORLD_VIEWS, rejection.code)) {
    const view = WORLD_VIEWS[rejection.code as WorldRejection['code']] as ViewOf<WorldRejection> | undefined;
    return view === undefined ? null : view(rejection as WorldRejection);
  }
  return null;
};
