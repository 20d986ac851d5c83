import { caseOf, type Infer, leaf, list, variant } from './shape';

/** The most records one list in a request may hold: ten times the portfolio of the largest chains. */
export const MAX_RECORDS = 1_000_000;

/** What a person enters for a new login: its name, email and display name. */
export const newLoginFields = {
  login: leaf('login'),
  email: leaf('email'),
  name: leaf('displayName'),
};

/** The fields every login has, primary or not: its ID and {@link newLoginFields}. */
export const loginFields = { id: leaf('accountId'), ...newLoginFields };

/**
 * The shape of an {@link Account}, primary or not.
 * - `primary`: the contractual login of one partner agreement (PA-1). Its properties are derived
 *   from the agreement, never stored; its rights are full admin and cannot be reduced (PA-7), so
 *   neither is a field.
 * - `non_primary`: every other login. It reaches exactly the properties it was given, and its
 *   access rights apply to all of them (CX-2).
 */
export const accountShape = variant('kind', {
  primary: { ...loginFields, agreement: leaf('leid') },
  non_primary: { ...loginFields, rights: leaf('rights'), properties: list(leaf('propertyId'), MAX_RECORDS) },
});

/** A login account: primary or not. */
export type Account = Infer<typeof accountShape>;

/** The shape of a {@link PrimaryAccount}. */
export const primaryShape = caseOf(accountShape, 'primary');

/** The contractual login of one partner agreement (PA-1): see {@link accountShape}. */
export type PrimaryAccount = Infer<typeof primaryShape>;

/** The shape of a {@link NonPrimaryAccount}. */
export const nonPrimaryShape = caseOf(accountShape, 'non_primary');

/** Every other login (CX-2): see {@link accountShape}. */
export type NonPrimaryAccount = Infer<typeof nonPrimaryShape>;

/** The kind of an account, as PA-8 lets anyone see. */
export type AccountKind = Account['kind'];

/** The shape of an {@link Actor}: an account, or the platform itself acting internally (PA-4, PA-18). */
export const actorShape = variant('kind', { ...accountShape.cases, platform: {} });

/** Whoever performs an action: a logged-in account, or the platform. */
export type Actor = Infer<typeof actorShape>;

/** The platform itself, acting internally (PA-4, PA-18). */
export type Platform = Extract<Actor, { readonly kind: 'platform' }>;

/** The platform as an actor. */
export const PLATFORM: Platform = Object.freeze({ kind: 'platform' });
