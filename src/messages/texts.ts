import type { Rejection, RejectionCode } from '../catalog/rejections';
import type { Remedy, RemedyKind } from '../rejections/remedy';
import type { AccountKind } from '../values/account';
import type { ActorRef } from '../values/actorRef';
import type { Problem, ValueKind } from '../values/problem';
import type { CommandActor } from '../world/command';
import type { RecordKind, WorldRejection, WorldRejectionCode } from '../world/rejection';

type ByCode<U extends { readonly code: string }> = { readonly [C in U['code']]: Extract<U, { readonly code: C }> };
type ByKind<U extends { readonly kind: string }> = { readonly [K in U['kind']]: Extract<U, { readonly kind: K }> };

/** The rejections, by code. */
export type RejectionByCode = ByCode<Rejection>;
/** The world's rejections, by code. */
export type WorldRejectionByCode = ByCode<WorldRejection>;
/** The remedies, by kind. */
export type RemedyByKind = ByKind<Remedy>;
/** The value problems, by code. */
export type ProblemByCode = ByCode<Problem>;

type FactsOf<C extends keyof RejectionByCode> = RejectionByCode[C]['facts'];

/**
 * The facts a client of a service may see, for each rejection it is told about in other words
 * than an operator (see `clientViewOf` in `partner-account-rules/http`): what the request itself
 * named, or what the acting account reaches.
 */
export interface ClientFacts {
  /** One answer for three failed user lookups, which names nothing. */
  readonly user_not_found: { readonly [K in never]: never };
  readonly user_already_has_access: Pick<FactsOf<'user_already_has_access'>, 'property'>;
  readonly login_taken: Pick<FactsOf<'login_taken'>, 'login'>;
  readonly login_same_as_primary: Pick<FactsOf<'login_same_as_primary'>, 'login'>;
  readonly agreement_has_primary: Pick<FactsOf<'agreement_has_primary'>, 'agreement'>;
  readonly agreement_mismatch: Pick<FactsOf<'agreement_mismatch'>, 'givenAgreement'>;
  readonly property_in_other_agreement: Pick<FactsOf<'property_in_other_agreement'>, 'property' | 'agreement'>;
  readonly property_attached_to_other_primary: Pick<FactsOf<'property_attached_to_other_primary'>, 'property'>;
  readonly rights_reach_other_properties: Pick<FactsOf<'rights_reach_other_properties'>, 'account'>;
  readonly primary_admin_rights_locked: Pick<FactsOf<'primary_admin_rights_locked'>, 'account'>;
  readonly invitation_for_other_property: Pick<FactsOf<'invitation_for_other_property'>, 'invitation' | 'property'>;
  readonly time_went_backwards: Pick<WorldRejectionByCode['time_went_backwards']['facts'], 'now'>;
}

/** The HTTP statuses an answer of the library can have (see `partner-account-rules/http`). */
export type ProblemStatus = 400 | 403 | 404 | 409 | 422 | 500;

/** The command-line tool's own words. */
export type CliWord =
  | 'scenario'
  | 'step'
  | 'accepted'
  | 'rejected'
  | 'under'
  | 'next'
  | 'events'
  | 'unexpected'
  | 'expected'
  | 'summary'
  | 'asExpected'
  | 'notAsExpected'
  | 'valid'
  | 'malformed';

/**
 * Everything one locale says, at every entry point: the core's messages, the HTTP problems' and
 * the CLI's. Each table is a mapped type over a union, so a code, a remedy or a problem without
 * its text, or a text for something that does not exist, fails to compile (see `defineLocale`).
 */
export interface LocaleTexts {
  readonly rejection: { readonly [C in RejectionCode]: (rejection: RejectionByCode[C]) => string };
  readonly remedy: { readonly [K in RemedyKind]: (remedy: RemedyByKind[K]) => string };
  readonly problem: { readonly [C in Problem['code']]: (problem: ProblemByCode[C]) => string };
  readonly value: { readonly [K in ValueKind]: string };
  readonly accountKind: { readonly [K in AccountKind]: string };
  readonly world: { readonly [C in WorldRejectionCode]: (rejection: WorldRejectionByCode[C]) => string };
  readonly record: { readonly [K in RecordKind]: string };
  readonly commandActor: { readonly [K in CommandActor['kind']]: string };
  readonly actor: (actor: ActorRef) => string;
  readonly invalidInput: string;
  readonly unknown: string;
  /** What a service's client is told where a rejection names what it may not see. */
  readonly client: { readonly [C in keyof ClientFacts]: (facts: ClientFacts[C]) => string };
  /** The title of an HTTP problem, by its status. */
  readonly title: { readonly [S in ProblemStatus]: string };
  /** The detail of a problem made from something that is not one of the library's answers. */
  readonly internal: string;
  /** The CLI's own words. */
  readonly cli: { readonly [W in CliWord]: string };
}

/** A timestamp as people read it in logs and mails: ISO 8601, UTC. */
export const moment = (at: number): string => new Date(at).toISOString();

/** How many items of a list a message names; the rest are counted. */
export const LISTED = 10;

/** Words joined by commas, for lists of IDs: the first {@link LISTED}, then how many more. */
export const quotedItems = (items: readonly (string | number)[]): string => {
  const named = items.slice(0, LISTED).map((item) => `"${String(item)}"`);
  return items.length > LISTED ? `${named.join(', ')} … (+${String(items.length - LISTED)})` : named.join(', ');
};

/**
 * A table of texts frozen through, functions included: the shipped texts are every caller's, so
 * none may change them for another. Applied where each is defined, so that no bundle can leave it
 * out.
 */
export const frozenThrough = <T>(value: T): T => {
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
    for (const key of Object.keys(value)) frozenThrough((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
};
