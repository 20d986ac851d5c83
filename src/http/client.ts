import type { Locale, Rejection, Remedy, RuleId, WorldRejection } from 'partner-account-rules';

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
  readonly detail: { readonly [L in Locale]: string };
  /** The rules to cite, when they would tell the merged answers apart; else the rejection's. */
  readonly rules?: readonly RuleId[];
}

type ViewOf<R> = (rejection: R) => ClientView;
type Views = { readonly [Code in Rejection['code']]?: ViewOf<Extract<Rejection, { readonly code: Code }>> };
type WorldViews = {
  readonly [Code in WorldRejection['code']]?: ViewOf<Extract<WorldRejection, { readonly code: Code }>>;
};

const quoted = (value: unknown): string => `"${String(value)}"`;

// The one answer of a user lookup that failed, whatever failed: no account by that username,
// another email, or a primary account (which cannot be added, only invited). It repeats nothing,
// not even the username, so that the three answers are one; the remedy, to invite the person by
// email instead, is the three refusals' own, and the same for all three. Made anew for each
// answer: nothing a caller does to one answer reaches another.
const noSuchUser = ({ remedies }: { readonly remedies: readonly Remedy[] }): ClientView => ({
  code: 'user_not_found',
  facts: {},
  remedies,
  rules: ['PA-14'],
  detail: {
    en: 'No user with this username and email can be added here.',
    sv: 'Ingen användare med det här användarnamnet och den här mejladressen kan läggas till här.',
  },
});

const VIEWS: Views = {
  user_not_found: noSuchUser,
  username_email_mismatch: noSuchUser,
  user_is_primary_account: noSuchUser,
  user_already_has_access: ({ facts, remedies }) => ({
    code: 'user_already_has_access',
    facts: { property: facts.property },
    remedies,
    detail: {
      en: `The user already has access to property ${quoted(facts.property)}.`,
      sv: `Användaren har redan åtkomst till boendet ${quoted(facts.property)}.`,
    },
  }),
  login_taken: ({ facts, remedies }) => ({
    code: 'login_taken',
    facts: { login: facts.login },
    remedies,
    detail: {
      en: `The login name ${quoted(facts.login)}, or one that looks like it, is already in use; login names are unique.`,
      sv: `Användarnamnet ${quoted(facts.login)}, eller ett som ser likadant ut, används redan; användarnamn är unika.`,
    },
  }),
  login_same_as_primary: ({ facts, remedies }) => ({
    code: 'login_same_as_primary',
    facts: { login: facts.login },
    remedies,
    detail: {
      en: `The new account needs a login of its own; ${quoted(facts.login)} is the login of your primary account.`,
      sv: `Det nya kontot behöver ett eget användarnamn; ${quoted(facts.login)} är användarnamnet för ditt primära konto.`,
    },
  }),
  agreement_has_primary: ({ facts, remedies }) => ({
    code: 'agreement_has_primary',
    facts: { agreement: facts.agreement },
    remedies,
    detail: {
      en: `The agreement with legal entity ID ${String(facts.agreement)} already has a primary account; an agreement has only one.`,
      sv: `Avtalet med id för en juridisk person ${String(facts.agreement)} har redan ett primärt konto; ett avtal har bara ett.`,
    },
  }),
  agreement_mismatch: ({ facts }) => ({
    code: 'agreement_mismatch',
    facts: { givenAgreement: facts.givenAgreement },
    remedies: [],
    detail: {
      en: `The primary account does not belong to the agreement with legal entity ID ${String(facts.givenAgreement)}.`,
      sv: `Det primära kontot hör inte till avtalet med id för en juridisk person ${String(facts.givenAgreement)}.`,
    },
  }),
  property_in_other_agreement: ({ facts, remedies }) => ({
    code: 'property_in_other_agreement',
    facts: { property: facts.property, agreement: facts.agreement },
    remedies,
    detail: {
      en: `Property ${quoted(facts.property)} belongs to another partner agreement, so this primary account cannot take it.`,
      sv: `Boendet ${quoted(facts.property)} hör till ett annat partneravtal, så det här primära kontot kan inte ta det.`,
    },
  }),
  property_attached_to_other_primary: ({ facts, remedies }) => ({
    code: 'property_attached_to_other_primary',
    facts: { property: facts.property },
    remedies,
    detail: {
      en: `Property ${quoted(facts.property)} is attached to another primary account.`,
      sv: `Boendet ${quoted(facts.property)} är kopplat till ett annat primärt konto.`,
    },
  }),
  rights_reach_other_properties: ({ facts, remedies }) => ({
    code: 'rights_reach_other_properties',
    facts: { account: facts.account },
    remedies,
    detail: {
      en: `Account ${quoted(facts.account)} also reaches properties you are not an admin of, and its access rights apply to all of them.`,
      sv: `Kontot ${quoted(facts.account)} når även boenden som du inte är administratör för, och dess åtkomsträttigheter gäller för alla.`,
    },
  }),
  primary_admin_rights_locked: ({ facts, remedies }) => ({
    code: 'primary_admin_rights_locked',
    facts: { account: facts.account },
    remedies,
    detail: {
      en: `Account ${quoted(facts.account)} is a primary account, whose admin access rights cannot be changed.`,
      sv: `Kontot ${quoted(facts.account)} är ett primärt konto, vars åtkomsträttigheter som administratör inte kan ändras.`,
    },
  }),
  invitation_for_other_property: ({ facts }) => ({
    code: 'invitation_for_other_property',
    facts: { invitation: facts.invitation, property: facts.property },
    remedies: [],
    detail: {
      en: `Invitation ${quoted(facts.invitation)} is not for property ${quoted(facts.property)}.`,
      sv: `Inbjudan ${quoted(facts.invitation)} gäller inte boendet ${quoted(facts.property)}.`,
    },
  }),
};

// The world's clock moves with every tenant's commands: a client is told its own moment only.
const WORLD_VIEWS: WorldViews = {
  time_went_backwards: ({ facts }) => ({
    code: 'time_went_backwards',
    facts: { now: facts.now },
    remedies: [],
    detail: {
      en: 'The command is dated earlier than a moment this world has already reached; time only moves forward.',
      sv: 'Kommandot är daterat tidigare än en tidpunkt som den här världen redan har nått; tiden går bara framåt.',
    },
  }),
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
