import { type Infer, leaf, variant } from './shape';

/** The shape of an {@link ActorRef}. */
export const actorRefShape = variant('kind', {
  platform: {},
  primary: { id: leaf('accountId') },
  non_primary: { id: leaf('accountId') },
});

/** Who acted, as a fact in a rejection: the kind of actor and, for an account, its ID. */
export type ActorRef = Infer<typeof actorRefShape>;

/** The reference to an actor, for a rejection's facts. */
export const actorRef = (actor: ActorRef): ActorRef =>
  actor.kind === 'platform' ? { kind: 'platform' } : { kind: actor.kind, id: actor.id };
