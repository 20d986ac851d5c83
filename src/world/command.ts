import { parserOf } from '../validation/check';
import { checkOf } from '../validation/shapes';
import { LEAF_CHECKS } from '../validation/values';
import { loginFields, newLoginFields } from '../values/account';
import { originShape } from '../values/property';
import { type Infer, leaf, object, optional, type Shape, variant, withFields } from '../values/shape';

/**
 * The shape of a {@link CommandActor}: who issues a command. A logged-in account, the platform
 * acting internally, or an invitee following the link in the invitation it names (who has no
 * account yet): what the invitee may do and see is that one invitation.
 */
export const commandActorShape = variant('kind', {
  account: { id: leaf('accountId') },
  platform: {},
  invitee: { invitation: leaf('invitationId') },
});

/** Who issues a command: see {@link commandActorShape}. */
export type CommandActor = Infer<typeof commandActorShape>;

// A command about one account at one property.
const accountAtProperty = { account: leaf('accountId'), property: leaf('propertyId') };
const newUser = { ...newLoginFields, rights: leaf('rights') };
const newInvitee = { name: leaf('displayName'), email: leaf('email'), rights: leaf('rights') };

/**
 * The shape of each action with its arguments, without actor or time: what a scenario step
 * names. Each action names the records it acts on by ID, and the ID of each record it makes.
 */
export const actionShape = variant('action', {
  add_property: { agreement: leaf('leid'), property: leaf('propertyId'), origin: originShape },
  request_primary_account: { agreement: leaf('leid') },
  grant_primary_account: { agreement: leaf('leid'), account: object(loginFields) },
  create_user: { property: leaf('propertyId'), user: object({ id: leaf('accountId'), ...newUser }) },
  add_user: { property: leaf('propertyId'), username: leaf('login'), email: leaf('email') },
  invite: { property: leaf('propertyId'), invitee: object({ id: leaf('invitationId'), ...newInvitee }) },
  accept_invitation: { account: leaf('accountId'), login: leaf('login') },
  revoke_invitation: { property: leaf('propertyId'), invitation: leaf('invitationId') },
  remove_property: accountAtProperty,
  set_access_rights: { ...accountAtProperty, rights: leaf('rights') },
  grant_admin: accountAtProperty,
  revoke_admin: accountAtProperty,
  recontract_property: { property: leaf('propertyId'), to: leaf('leid') },
  change_ownership: { property: leaf('propertyId'), to: leaf('leid') },
  terminate_agreement: { agreement: leaf('leid') },
});

const cases = actionShape.cases;

/**
 * The shape of each action's request body, as a client sends it over HTTP: the action's
 * arguments without the ID of any record the action makes, which the server makes (so that no
 * client learns whether an ID is taken). A new property's ID is the server's too; an existing
 * listing the platform attaches is named by its ID.
 */
export const bodyShapes = {
  add_property: object({
    agreement: leaf('leid'),
    property: optional(leaf('propertyId', 'Only for an existing listing; a new property gets its ID from the server.')),
    origin: originShape,
  }),
  request_primary_account: object(cases.request_primary_account),
  grant_primary_account: object({ agreement: leaf('leid'), account: object(newLoginFields) }),
  create_user: object({ property: leaf('propertyId'), user: object(newUser) }),
  add_user: object(cases.add_user),
  invite: object({ property: leaf('propertyId'), invitee: object(newInvitee) }),
  accept_invitation: object({ login: leaf('login') }),
  revoke_invitation: object(cases.revoke_invitation),
  remove_property: object(cases.remove_property),
  set_access_rights: object(cases.set_access_rights),
  grant_admin: object(cases.grant_admin),
  revoke_admin: object(cases.revoke_admin),
  recontract_property: object(cases.recontract_property),
  change_ownership: object(cases.change_ownership),
  terminate_agreement: object(cases.terminate_agreement),
} as const satisfies { readonly [A in keyof typeof cases]: Shape };

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

/** A command checked as `execute` checks it, into a frozen copy, or why not. */
export const checkedCommand = parserOf(isCommand);

/** The request body of an action: see {@link bodyShapes}. */
export type BodyOf<A extends Action> = Infer<(typeof bodyShapes)[A]>;
