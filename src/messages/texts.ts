import type { Rejection } from '../catalog/rejections';
import type { Remedy } from '../rejections/remedy';
import type { AccountKind } from '../values/account';
import type { ActorRef } from '../values/actorRef';
import type { Problem, ValueKind } from '../values/problem';
import type { CommandActor } from '../world/command';
import type { RecordKind, WorldRejection } from '../world/rejection';

/** The members of a union keyed by `code`, by code. */
export type ByCode<U extends { readonly code: string }> = {
  readonly [C in U['code']]: Extract<U, { readonly code: C }>;
};
/** The members of a union keyed by `kind`, by kind. */
export type ByKind<U extends { readonly kind: string }> = {
  readonly [K in U['kind']]: Extract<U, { readonly kind: K }>;
};

/** A text for each member of a union keyed by `code`: a function of that member. */
export type TextsByCode<U extends { readonly code: string }> = {
  readonly [C in U['code']]: (value: Extract<U, { readonly code: C }>) => string;
};
/** A text for each member of a union keyed by `kind`: a function of that member. */
export type TextsByKind<U extends { readonly kind: string }> = {
  readonly [K in U['kind']]: (value: Extract<U, { readonly kind: K }>) => string;
};
/** A text for each key of `F`: a function of the facts under that key. */
export type TextsOfFacts<F> = { readonly [K in keyof F]: (facts: F[K]) => string };
/** A word for each of the keys `K`. */
export type WordsFor<K extends PropertyKey> = { readonly [Key in K]: string };

/** The rejections, by code. */
export type RejectionByCode = ByCode<Rejection>;
/** The world's rejections, by code. */
export type WorldRejectionByCode = ByCode<WorldRejection>;
/** The remedies, by kind. */
export type RemedyByKind = ByKind<Remedy>;
/** The value problems, by code. */
export type ProblemByCode = ByCode<Problem>;

/**
 * The facts a client of a service may see, for each rejection it is told about in other words
 * than an operator (see `clientViewOf` in `partner-account-rules/http`): what the request itself
 * named, or what the acting account reaches.
 */
export interface ClientFacts {
  /** One answer for three failed user lookups, which names nothing. */
  readonly user_not_found: { readonly [K in never]: never };
  readonly user_already_has_access: Pick<RejectionByCode['user_already_has_access']['facts'], 'property'>;
  readonly login_taken: Pick<RejectionByCode['login_taken']['facts'], 'login'>;
  readonly login_same_as_primary: Pick<RejectionByCode['login_same_as_primary']['facts'], 'login'>;
  readonly agreement_has_primary: Pick<RejectionByCode['agreement_has_primary']['facts'], 'agreement'>;
  readonly agreement_mismatch: Pick<RejectionByCode['agreement_mismatch']['facts'], 'givenAgreement'>;
  readonly property_in_other_agreement: Pick<
    RejectionByCode['property_in_other_agreement']['facts'],
    'property' | 'agreement'
  >;
  readonly property_attached_to_other_primary: Pick<
    RejectionByCode['property_attached_to_other_primary']['facts'],
    'property'
  >;
  readonly rights_reach_other_properties: Pick<RejectionByCode['rights_reach_other_properties']['facts'], 'account'>;
  readonly primary_admin_rights_locked: Pick<RejectionByCode['primary_admin_rights_locked']['facts'], 'account'>;
  readonly invitation_for_other_property: Pick<
    RejectionByCode['invitation_for_other_property']['facts'],
    'invitation' | 'property'
  >;
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
  /** The message of each rejection of a rule, by code. */
  readonly rejection: TextsByCode<Rejection>;
  /** What each remedy asks the reader to do, by kind. */
  readonly remedy: TextsByKind<Remedy>;
  /** What is wrong with a value, for each problem of malformed input, by code. */
  readonly problem: TextsByCode<Problem>;
  /** The name of each kind of value, as an error about it starts. */
  readonly value: WordsFor<ValueKind>;
  /** The name of each kind of account (PA-8). */
  readonly accountKind: WordsFor<AccountKind>;
  /** The message of each rejection of the world, by code. */
  readonly world: TextsByCode<WorldRejection>;
  /** The name of each kind of record. */
  readonly record: WordsFor<RecordKind>;
  /** Who issued a command, by kind, as a sentence starts. */
  readonly commandActor: WordsFor<CommandActor['kind']>;
  /** An actor as a message names it. */
  readonly actor: (actor: ActorRef) => string;
  /** What starts the message of malformed input, before its issues. */
  readonly invalidInput: string;
  /** The message for what is not one of the library's answers. */
  readonly unknown: string;
  /** What a service's client is told where a rejection names what it may not see. */
  readonly client: TextsOfFacts<ClientFacts>;
  /** The title of an HTTP problem, by its status. */
  readonly title: WordsFor<ProblemStatus>;
  /** The detail of a problem made from something that is not one of the library's answers. */
  readonly internal: string;
  /** The CLI's own words. */
  readonly cli: WordsFor<CliWord>;
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
