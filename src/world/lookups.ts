import type { Account, NonPrimaryAccount, PrimaryAccount } from '../values/account';
import type { PartnerAgreement } from '../values/agreement';
import type { Email } from '../values/email';
import type { AccountId, InvitationId, PropertyId } from '../values/ids';
import type { Invitation } from '../values/invitation';
import type { LegalEntityId } from '../values/legalEntityId';
import type { LoginName } from '../values/loginName';
import type { Property } from '../values/property';

// What a decision needs to know of the records it does not hold, asked one question at a time.
// Each command's questions are written once, as a generator (world/handlers/): the reference world
// answers them from its indexes, synchronously; a database answers them with a query each, within
// the transaction the command runs in. The same handler, the same decisions, the same answers.

/** One question a command's handler asks of the records: what it needs to decide, and no more. */
export type Lookup =
  | { readonly kind: 'agreement'; readonly leid: LegalEntityId }
  | { readonly kind: 'property'; readonly id: PropertyId }
  | { readonly kind: 'account'; readonly id: AccountId }
  | { readonly kind: 'invitation'; readonly id: InvitationId }
  /** CX-4, CX-7: the account whose login is `login`, or looks like it (one skeleton). */
  | { readonly kind: 'login_holder'; readonly login: LoginName }
  /** PA-14: the account whose login is exactly `login`. */
  | { readonly kind: 'account_by_login'; readonly login: LoginName }
  /** INV-2: the primary account of an agreement. */
  | { readonly kind: 'primary_of'; readonly leid: LegalEntityId }
  /** PA-16: the primary accounts an email belongs to. */
  | { readonly kind: 'primaries_by_email'; readonly email: Email }
  /** The records of these properties, those that are there, in this order. */
  | { readonly kind: 'properties'; readonly ids: readonly PropertyId[] }
  /** The non-primary accounts that reach a property. */
  | { readonly kind: 'reachers'; readonly property: PropertyId }
  /** The invitations of a property still pending as stored (CX-6: some may have expired since). */
  | { readonly kind: 'open_invitations'; readonly property: PropertyId }
  /** PA-1: the properties linked to an agreement or attached to its primary account. */
  | { readonly kind: 'portfolio'; readonly leid: LegalEntityId }
  /** Whether some agreement in force has a primary account (`with`), has none (`without`), or is any. */
  | {
      readonly kind: 'some_agreement';
      readonly primary: 'with' | 'without' | 'any';
      readonly except: LegalEntityId | null;
    }
  /** PA-4: whether some property is linked to no agreement and attached to none. */
  | { readonly kind: 'has_unlinked' }
  /** PA-14: whether some non-primary account does not reach a property (one an admin could add). */
  | { readonly kind: 'outsider_exists'; readonly property: PropertyId };

/** The answer to each kind of {@link Lookup}. */
export interface Answers {
  readonly agreement: PartnerAgreement | undefined;
  readonly property: Property | undefined;
  readonly account: Account | undefined;
  readonly invitation: Invitation | undefined;
  readonly login_holder: AccountId | null;
  readonly account_by_login: Account | undefined;
  readonly primary_of: PrimaryAccount | null;
  readonly primaries_by_email: readonly PrimaryAccount[];
  readonly properties: readonly Property[];
  readonly reachers: readonly NonPrimaryAccount[];
  readonly open_invitations: readonly Invitation[];
  readonly portfolio: readonly Property[];
  readonly some_agreement: boolean;
  readonly has_unlinked: boolean;
  readonly outsider_exists: boolean;
}

/** The answer to `lookup`. */
export type AnswerTo<L extends Lookup> = Answers[L['kind']];

/** A procedure that asks its lookups one by one and ends with `T`. */
export type Asking<T> = Generator<Lookup, T, unknown>;

/** Asks one lookup: `const account = yield* ask({ kind: 'account', id })`. */
export function* ask<L extends Lookup>(lookup: L): Asking<AnswerTo<L>> {
  // The driver answers each lookup with the answer to its kind (`answer` for the world, a query
  // for a database): the one place an answer is taken as its type.
  return (yield lookup) as AnswerTo<L>;
}
