import { accountShape, actorShape, MAX_RECORDS, nonPrimaryShape, primaryShape } from './account';
import { agreementShape } from './agreement';
import { invitationShape } from './invitation';
import { originShape, propertyShape } from './property';
import { type Infer, leaf, list, nullable, object } from './shape';

// What each decision is given, written once as shapes. Its TypeScript type is read off the shape
// (`Infer`), and its run-time check is generated from it by `npm run checks` into
// `validation/generated.ts`. A record in a request (an account, a property) is the record's own
// shape, so a record the library made is taken by its stamp and anything else checked in full.

/** The most invitations one property may have on record in a request. */
export const MAX_INVITATIONS = 100_000;

/** The shape of an {@link AddPropertyRequest}. */
export const addPropertyRequestShape = object({
  actor: actorShape,
  /** The agreement's primary account, or `null` when it has none yet (PA-9). */
  primary: nullable(primaryShape),
  agreement: agreementShape,
  property: propertyShape,
  origin: originShape,
});

/** Who adds which property to which primary account, and the facts about it. */
export type AddPropertyRequest = Infer<typeof addPropertyRequestShape>;

/** The shape of a {@link PrimaryAccountRequest}. */
export const primaryAccountRequestShape = object({
  requester: accountShape,
  agreement: agreementShape,
  /** The agreement's primary account, when it has one (one per agreement). */
  primaryOfAgreement: nullable(primaryShape),
});

/** An account asks the platform for a primary account for an agreement (PA-9). */
export type PrimaryAccountRequest = Infer<typeof primaryAccountRequestShape>;

/** The shape of a {@link NewPrimary}. */
export const newPrimaryShape = object({
  id: leaf('accountId'),
  login: leaf('login'),
  email: leaf('email'),
  name: leaf('displayName'),
});

/** The login details of the new primary account, as the platform enters them. */
export type NewPrimary = Infer<typeof newPrimaryShape>;

/** The shape of a {@link GrantPrimaryAccountRequest}. */
export const grantPrimaryAccountRequestShape = object({
  actor: actorShape,
  agreement: agreementShape,
  /** The agreement's primary account, when it has one (one per agreement). */
  primaryOfAgreement: nullable(primaryShape),
  account: newPrimaryShape,
  /** The account that already has `account.login`, as the caller's lookup found it, or `null` (CX-4). */
  loginHolder: nullable(leaf('accountId')),
});

/**
 * The platform answers a request for a primary account (PA-9) by making one for the agreement:
 * the one act that creates a primary account.
 */
export type GrantPrimaryAccountRequest = Infer<typeof grantPrimaryAccountRequestShape>;

/** The shape of a {@link NewUser}. */
export const newUserShape = object({
  id: leaf('accountId'),
  login: leaf('login'),
  email: leaf('email'),
  name: leaf('displayName'),
  rights: leaf('rights'),
});

/** The details of the new non-primary account, as the admin enters them. */
export type NewUser = Infer<typeof newUserShape>;

/** The shape of a {@link CreateUserRequest}. */
export const createUserRequestShape = object({
  actor: accountShape,
  property: propertyShape,
  user: newUserShape,
  /** The account that already has `user.login`, as the caller's lookup found it, or `null` (CX-4). */
  loginHolder: nullable(leaf('accountId')),
});

/**
 * An admin creates a new non-primary account with its own login for a property (PA-12), for
 * example for a property outside the agreement.
 */
export type CreateUserRequest = Infer<typeof createUserRequestShape>;

/** The shape of an {@link AddUserRequest}. */
export const addUserRequestShape = object({
  actor: accountShape,
  property: propertyShape,
  username: leaf('login'),
  email: leaf('email'),
  /** The account whose login is `username`, as the caller's lookup found it, or `null`. */
  accountWithUsername: nullable(accountShape),
});

/** An admin adds an existing user to a property by username and email (PA-14). */
export type AddUserRequest = Infer<typeof addUserRequestShape>;

/** The shape of an {@link Invitee}. */
export const inviteeShape = object({
  id: leaf('invitationId'),
  name: leaf('displayName'),
  email: leaf('email'),
  rights: leaf('rights'),
});

/** The person to invite and the rights chosen for them (PA-15). */
export type Invitee = Infer<typeof inviteeShape>;

/** The shape of an {@link InviteRequest}. */
export const inviteRequestShape = object({
  actor: accountShape,
  property: propertyShape,
  invitee: inviteeShape,
  now: leaf('instant'),
  /** The invitations already sent for this property, as the caller found them. */
  invitations: list(invitationShape, MAX_INVITATIONS),
});

/** An admin invites a person, by name and email, to a property (PA-15). */
export type InviteRequest = Infer<typeof inviteRequestShape>;

/** The shape of an {@link AcceptInvitationRequest}. */
export const acceptInvitationRequestShape = object({
  invitation: invitationShape,
  now: leaf('instant'),
  account: object({ id: leaf('accountId'), login: leaf('login') }),
  /** The invitee's primary account, when they hold one. */
  inviteePrimary: nullable(primaryShape),
  /** The account that already has the chosen login, as the caller's lookup found it, or `null` (CX-4). */
  loginHolder: nullable(leaf('accountId')),
});

/** The invitee accepts an invitation and chooses the login of the new account (PA-16). */
export type AcceptInvitationRequest = Infer<typeof acceptInvitationRequestShape>;

/** The shape of a {@link RevokeInvitationRequest}. */
export const revokeInvitationRequestShape = object({
  actor: accountShape,
  property: propertyShape,
  invitation: invitationShape,
  now: leaf('instant'),
});

/** An admin of the property takes back a pending invitation. */
export type RevokeInvitationRequest = Infer<typeof revokeInvitationRequestShape>;

/** The shape of a {@link RemovePropertyRequest}. */
export const removePropertyRequestShape = object({
  actor: accountShape,
  account: accountShape,
  property: propertyShape,
});

/** Someone removes a property from an account: access to it, for a non-primary account. */
export type RemovePropertyRequest = Infer<typeof removePropertyRequestShape>;

const rightsChangeFields = {
  actor: accountShape,
  target: accountShape,
  /** The property through which the admin acts. */
  property: propertyShape,
  /** Every property the target reaches, as records: its rights apply to all of them (CX-2). */
  reached: list(propertyShape, MAX_RECORDS),
};

/** The shape of a {@link RightsChangeRequest}: granting and revoking admin. */
export const rightsChangeRequestShape = object(rightsChangeFields);

/** An admin of a property changes the rights of an account that reaches it. */
export type RightsChangeRequest = Infer<typeof rightsChangeRequestShape>;

/** The shape of a {@link SetAccessRightsRequest}. */
export const setAccessRightsRequestShape = object({ ...rightsChangeFields, rights: leaf('rights') });

/** An admin sets the access rights of an account that reaches the property. */
export type SetAccessRightsRequest = Infer<typeof setAccessRightsRequestShape>;

const moveFields = {
  actor: actorShape,
  property: propertyShape,
  /** The agreement the property moves to; it must be active. */
  to: agreementShape,
};

/** The shape of a {@link MovePropertyRequest}: re-contracting a property. */
export const movePropertyRequestShape = object(moveFields);

/** The platform moves a property to another agreement (PA-18): re-contracting, or a new owner. */
export type MovePropertyRequest = Infer<typeof movePropertyRequestShape>;

/** The shape of a {@link ChangeOwnershipRequest}. */
export const changeOwnershipRequestShape = object({
  ...moveFields,
  /** Every non-primary account that reaches the property now. */
  accessHolders: list(nonPrimaryShape, MAX_RECORDS),
  /** The property's invitations, as the caller found them. */
  invitations: list(invitationShape, MAX_RECORDS),
  now: leaf('instant'),
});

/** The platform hands a property to another owner or contract (PA-18, CX-5). */
export type ChangeOwnershipRequest = Infer<typeof changeOwnershipRequestShape>;

/** The shape of a {@link TerminateAgreementRequest}. */
export const terminateAgreementRequestShape = object({
  actor: actorShape,
  agreement: agreementShape,
  /** The properties linked to the agreement or attached to its primary account. */
  portfolio: list(propertyShape, MAX_RECORDS),
});

/** The platform terminates a partner agreement (PA-18). */
export type TerminateAgreementRequest = Infer<typeof terminateAgreementRequestShape>;

/** Every request shape, by the name of its generated check (`check` and the name). */
export const REQUEST_SHAPES = {
  AddPropertyRequest: addPropertyRequestShape,
  PrimaryAccountRequest: primaryAccountRequestShape,
  GrantPrimaryAccountRequest: grantPrimaryAccountRequestShape,
  CreateUserRequest: createUserRequestShape,
  AddUserRequest: addUserRequestShape,
  InviteRequest: inviteRequestShape,
  AcceptInvitationRequest: acceptInvitationRequestShape,
  RevokeInvitationRequest: revokeInvitationRequestShape,
  RemovePropertyRequest: removePropertyRequestShape,
  RightsChangeRequest: rightsChangeRequestShape,
  SetAccessRightsRequest: setAccessRightsRequestShape,
  MovePropertyRequest: movePropertyRequestShape,
  ChangeOwnershipRequest: changeOwnershipRequestShape,
  TerminateAgreementRequest: terminateAgreementRequestShape,
} as const;
