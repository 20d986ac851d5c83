import { checkOf } from '../validation/shapes';
import { LEAF_CHECKS } from '../validation/values';
import { loginFields } from '../values/account';
import { originShape } from '../values/property';
import { leaf, object, variant, withFields, type Infer } from '../values/shape';

/**
 * The shape of a {@link CommandActor}: who issues a command. A logged-in account, the platform
 * acting internally, or an invitee following the link in an invitation (who has no account yet).
 */
export const commandActorShape = variant('kind', { account: { id: leaf('accountId') }, platform: {}, invitee: {} });

/** Who issues a command: see {@link commandActorShape}. */
export type CommandActor = Infer<typeof commandActorShape>;

const onAccount = { account: leaf('accountId'), property: leaf('propertyId') };

/**
 * The shape of each action with its arguments, without actor or time: what a scenario step
 * names. Each action names the records it acts on by ID.
 */
export const actionShape = variant('action', {
  add_property: { agreement: leaf('leid'), property: leaf('propertyId'), origin: originShape },
  request_primary_account: { agreement: leaf('leid') },
  grant_primary_account: { agreement: leaf('leid'), account: object(loginFields) },
  create_user: { property: leaf('propertyId'), user: object({ ...loginFields, rights: leaf('rights') }) },
  add_user: { property: leaf('propertyId'), username: leaf('login'), email: leaf('email') },
  invite: {
    property: leaf('propertyId'),
    invitee: object({
      id: leaf('invitationId'),
      name: leaf('displayName'),
      email: leaf('email'),
      rights: leaf('rights'),
    }),
  },
  accept_invitation: { invitation: leaf('invitationId'), account: leaf('accountId'), login: leaf('login') },
  revoke_invitation: { invitation: leaf('invitationId') },
  remove_property: onAccount,
  set_access_rights: { ...onAccount, rights: leaf('rights') },
  grant_admin: onAccount,
  revoke_admin: onAccount,
  recontract_property: { property: leaf('propertyId'), to: leaf('leid') },
  change_ownership: { property: leaf('propertyId'), to: leaf('leid') },
  terminate_agreement: { agreement: leaf('leid') },
});

/** An action with its arguments, without actor or time: see {@link actionShape}. */
export type ActionArguments = Infer<typeof actionShape>;

/** The shape of a {@link Command}: an action with its arguments, its actor and its time. */
export const commandShape = withFields(actionShape, {
  actor: commandActorShape,
  now: leaf('instant', 'When the command happens. Time is an input; the world reads no clock.'),
});

/**
 * Something an actor asks the world to do, with its arguments. A discriminated union on
 * `action`; each variant names the records it acts on by ID.
 */
export type Command = Infer<typeof commandShape>;

/** The name of a command's action. */
export type Action = Command['action'];

/** A command of one action. */
export type CommandFor<A extends Action> = Extract<Command, { readonly action: A }>;

/** Every action, in the order of {@link actionShape}. */
export const ACTIONS: readonly Action[] = Object.freeze(
  // The keys of the shape's cases are the actions, the one place they are written.
  Object.keys(actionShape.cases) as Action[],
);

/** The run-time check of a command: the same value rules as the smart constructors. */
export const isCommand = checkOf(commandShape, LEAF_CHECKS);
