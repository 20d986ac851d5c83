import type { AccountId } from './ids';

/** Who acted, as a fact in a rejection: the kind of actor and, for an account, its ID. */
export type ActorRef =
  | { readonly kind: 'platform' }
  | { readonly kind: 'primary'; readonly id: AccountId }
  | { readonly kind: 'non_primary'; readonly id: AccountId };

/** The reference to an actor, for a rejection's facts. */
export const actorRef = (actor: ActorRef): ActorRef =>
  actor.kind === 'platform' ? { kind: 'platform' } : { kind: actor.kind, id: actor.id };
