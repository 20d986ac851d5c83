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

/**
 * Everything one locale says. Each table is a mapped type over a union, so a code, a remedy or
 * a problem without its text in every locale fails to compile.
 */
export interface Texts {
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
