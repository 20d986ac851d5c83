// Every action written by hand, as a developer who knows the rules would write it without the
// library: no check of the input (it is taken as the typed records it claims to be), no shared
// machinery. Each action comes two ways: `code` answers `ok` or the code of the first refusal, in
// the library's order (the floor for the logic itself); `output` answers what the library's `act`
// answers when it allows, the same Result holding the same change (new objects frozen, as the
// library's are). Refusals are answered by code alone: the timed rows are allowed requests. The
// benchmark checks both against the library on thousands of generated requests before timing.
import { err, ok, type Result } from 'neverthrow';
import type {
  AcceptInvitationRequest,
  Account,
  AddPropertyRequest,
  AddUserRequest,
  ChangeOwnershipRequest,
  CreateUserRequest,
  GrantPrimaryAccountRequest,
  Invitation,
  InviteRequest,
  MovePropertyRequest,
  PrimaryAccountRequest,
  Property,
  PropertyLink,
  RemovePropertyRequest,
  RevokeInvitationRequest,
  RightsChangeRequest,
  SetAccessRightsRequest,
  TerminateAgreementRequest,
} from 'partner-account-rules';
import { ALL_AREAS } from 'partner-account-rules';

/** A refusal: its code alone. */
export interface Refused {
  readonly code: string;
}

/** One action by hand: its answer as a code, and its allowed output. */
export interface Baseline {
  readonly code: (request: never) => string;
  readonly output: (request: never) => Result<unknown, Refused>;
}

const OK = 'ok';
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const LAST_INSTANT = 8.64e15;

const portfolioOf = (link: PropertyLink): number | null =>
  link.kind === 'agreement' ? link.leid : link.kind === 'attached' ? link.primaryOf : null;
const adminOver = (actor: Account, property: Property): boolean =>
  actor.kind === 'primary'
    ? portfolioOf(property.link) === actor.agreement
    : actor.rights.includes('admin') && actor.properties.includes(property.id);
const expiry = (invitation: Invitation): number => Math.min(LAST_INSTANT, invitation.sentAt + WEEK_MS);
const stateAt = (invitation: Invitation, now: number): string =>
  invitation.status.kind !== 'pending' ? invitation.status.kind : now >= expiry(invitation) ? 'expired' : 'pending';

const freeze = Object.freeze;
// The output of an allowed request, or its refusal's code.
const answer =
  <R, T>(code: (request: R) => string, build: (request: R) => T) =>
  (request: R): Result<T, Refused> => {
    const found = code(request);
    return found === OK ? ok(build(request)) : err({ code: found });
  };

// --- add a property --------------------------------------------------------------------------

const addPropertyCode = ({ actor, primary, agreement, property, origin }: AddPropertyRequest): string => {
  if (actor.kind === 'non_primary') return 'non_primary_cannot_add_property';
  if (actor.kind === 'primary' && actor.agreement !== agreement.leid) return 'actor_is_not_this_primary';
  if (primary !== null && agreement.leid !== primary.agreement) return 'agreement_mismatch';
  if (actor.kind === 'primary' && primary !== null && actor.id !== primary.id) return 'actor_is_not_this_primary';
  if (agreement.status === 'terminated') return 'agreement_is_terminated';
  if (actor.kind === 'platform' && origin.kind !== 'existing_listing')
    return 'platform_attaches_existing_listings_only';
  if (primary === null) return 'agreement_has_no_primary';
  const link = property.link;
  if (portfolioOf(link) === primary.agreement) return 'property_already_in_portfolio';
  if (actor.kind !== 'platform') {
    if (origin.kind === 'existing_listing' || link.kind !== 'none') return 'property_not_in_agreement';
    if (origin.kind === 'new_registration') return OK;
    if (origin.leid !== agreement.leid) return 'assigned_leid_of_other_agreement';
    return origin.partnerExisted ? OK : 'partner_not_existing_at_assignment';
  }
  if (link.kind === 'agreement') return 'property_in_other_agreement';
  if (link.kind === 'attached') return 'property_attached_to_other_primary';
  return OK;
};
const addPropertyOutput = ({ primary, agreement, property, origin }: AddPropertyRequest) => {
  const attached = origin.kind === 'existing_listing';
  const link = freeze(
    attached
      ? { kind: 'attached' as const, primaryOf: agreement.leid }
      : { kind: 'agreement' as const, leid: agreement.leid },
  );
  const rules = attached ? ['PA-4'] : origin.kind === 'assigned_leid' ? ['PA-5', 'PA-6'] : ['PA-10', 'PA-6'];
  return freeze({ rules: freeze(rules), primary: primary?.id, property: freeze({ id: property.id, link }), link });
};

// --- primary accounts ------------------------------------------------------------------------

const requestPrimaryCode = ({ requester, agreement, primaryOfAgreement }: PrimaryAccountRequest): string => {
  if (requester.kind === 'primary') return 'already_primary_account';
  if (agreement.status === 'terminated') return 'agreement_is_terminated';
  return primaryOfAgreement === null ? OK : 'agreement_has_primary';
};
const requestPrimaryOutput = ({ requester, agreement }: PrimaryAccountRequest) =>
  freeze({
    rules: freeze(['PA-9']),
    kind: 'support_request',
    topic: 'create_primary_account',
    requester: requester.id,
    agreement: agreement.leid,
  });

const grantPrimaryCode = ({ actor, agreement, primaryOfAgreement, loginHolder }: GrantPrimaryAccountRequest) => {
  if (actor.kind !== 'platform') return 'platform_operation_only';
  if (agreement.status === 'terminated') return 'agreement_is_terminated';
  if (primaryOfAgreement !== null) return 'agreement_has_primary';
  return loginHolder === null ? OK : 'login_taken';
};
const grantPrimaryOutput = ({ agreement, account }: GrantPrimaryAccountRequest) =>
  freeze({
    rules: freeze(['PA-9', 'PA-1']),
    account: freeze({
      kind: 'primary',
      id: account.id,
      login: account.login,
      email: account.email,
      name: account.name,
      agreement: agreement.leid,
    }),
  });

// --- users -----------------------------------------------------------------------------------

const createUserCode = ({ actor, property, user, loginHolder }: CreateUserRequest): string => {
  if (!adminOver(actor, property)) return 'actor_not_admin';
  if (user.rights.length === 0) return 'no_access_rights_chosen';
  if (user.login === actor.login) return 'login_same_as_creator';
  return loginHolder === null ? OK : 'login_taken';
};
const createUserOutput = ({ property, user }: CreateUserRequest) =>
  freeze({
    rules: freeze(['PA-12', 'PA-13', 'CX-1']),
    account: freeze({
      kind: 'non_primary',
      id: user.id,
      login: user.login,
      email: user.email,
      name: user.name,
      rights: user.rights,
      properties: freeze([property.id]),
    }),
  });

const addUserCode = ({ actor, property, username, email, accountWithUsername: user }: AddUserRequest): string => {
  if (!adminOver(actor, property)) return 'actor_not_admin';
  if (user === null || user.login !== username) return 'user_not_found';
  if (user.email !== email) return 'username_email_mismatch';
  if (user.kind === 'primary') return 'user_is_primary_account';
  return user.properties.includes(property.id) ? 'user_already_has_access' : OK;
};
const addUserOutput = ({ property, accountWithUsername: user }: AddUserRequest) => {
  if (user?.kind !== 'non_primary') throw new Error('addUser allows non-primary users only');
  return freeze({
    rules: freeze(['PA-14', 'PA-13', 'CX-1']),
    account: freeze({
      kind: 'non_primary',
      id: user.id,
      login: user.login,
      email: user.email,
      name: user.name,
      rights: user.rights,
      properties: freeze([...user.properties, property.id]),
    }),
    property: property.id,
    rightsToReview: user.rights,
  });
};

const reaches = (account: Account, property: Property): boolean =>
  account.kind === 'primary'
    ? portfolioOf(property.link) === account.agreement
    : account.properties.includes(property.id);
const removePropertyCode = ({ actor, account, property }: RemovePropertyRequest): string => {
  if (!adminOver(actor, property)) return 'actor_not_admin';
  if (!reaches(account, property)) return 'property_not_reached';
  return account.kind === 'primary' ? 'primary_account_keeps_properties' : OK;
};
const removePropertyOutput = ({ account, property }: RemovePropertyRequest) => {
  if (account.kind !== 'non_primary') throw new Error('removeProperty allows non-primary accounts only');
  return freeze({
    rules: freeze(['CX-1']),
    account: freeze({ ...account, properties: freeze(account.properties.filter((id) => id !== property.id)) }),
    property: property.id,
  });
};

// --- invitations -----------------------------------------------------------------------------

const inviteCode = ({ actor, property, invitee, now, invitations }: InviteRequest): string => {
  if (!adminOver(actor, property)) return 'actor_not_admin';
  if (invitee.rights.length === 0) return 'no_access_rights_chosen';
  for (const sent of invitations)
    if (sent.property === property.id && sent.email === invitee.email && stateAt(sent, now) === 'pending')
      return 'invitation_already_pending';
  return OK;
};
const inviteOutput = ({ actor, property, invitee, now }: InviteRequest) => {
  const invitation = freeze({
    id: invitee.id,
    property: property.id,
    invitedBy: actor.id,
    name: invitee.name,
    email: invitee.email,
    rights: invitee.rights,
    sentAt: now,
    status: freeze({ kind: 'pending' as const }),
  });
  return freeze({ rules: freeze(['PA-15', 'CX-1']), invitation, expiresAt: Math.min(LAST_INSTANT, now + WEEK_MS) });
};

const acceptCode = ({ invitation, now, account, inviteePrimary, loginHolder }: AcceptInvitationRequest): string => {
  if (now < invitation.sentAt) return 'invitation_not_yet_sent';
  if (stateAt(invitation, now) !== 'pending') return 'invitation_not_pending';
  if (inviteePrimary !== null && inviteePrimary.login === account.login) return 'login_same_as_primary';
  return loginHolder === null ? OK : 'login_taken';
};
const acceptOutput = ({ invitation, now, account }: AcceptInvitationRequest) =>
  freeze({
    rules: freeze(['PA-16', 'CX-6']),
    account: freeze({
      kind: 'non_primary',
      id: account.id,
      login: account.login,
      email: invitation.email,
      name: invitation.name,
      rights: invitation.rights,
      properties: freeze([invitation.property]),
    }),
    invitation: freeze({ ...invitation, status: freeze({ kind: 'accepted', at: now, account: account.id }) }),
  });

const revokeInvitationCode = ({ actor, property, invitation, now }: RevokeInvitationRequest): string => {
  if (!adminOver(actor, property)) return 'actor_not_admin';
  if (invitation.property !== property.id) return 'invitation_for_other_property';
  return stateAt(invitation, now) === 'pending' ? OK : 'invitation_not_pending';
};
const revokeInvitationOutput = ({ actor, invitation, now }: RevokeInvitationRequest) =>
  freeze({
    rules: freeze(['CX-6', 'CX-1']),
    invitation: freeze({
      ...invitation,
      status: freeze({ kind: 'revoked', at: now, by: freeze({ kind: 'account', id: actor.id }) }),
    }),
  });

// --- access rights ---------------------------------------------------------------------------

// The actor's standing first (CX-1), then whether the target reaches the property.
const standingCode = ({ actor, target, property }: RightsChangeRequest): string => {
  if (!adminOver(actor, property)) return 'actor_not_admin';
  return reaches(target, property) ? OK : 'property_not_reached';
};
// CX-2: the actor administers every property the target reaches.
const gateCode = ({ actor, target, reached }: RightsChangeRequest): string => {
  if (target.kind !== 'non_primary') return 'primary_admin_rights_locked';
  for (const id of target.properties) {
    const record = reached.find((candidate) => candidate.id === id);
    if (record === undefined || !adminOver(actor, record)) return 'rights_reach_other_properties';
  }
  return OK;
};
const changed = (target: Account, rights: readonly string[], rules: readonly string[]) => {
  if (target.kind !== 'non_primary') throw new Error('rights change only on non-primary accounts');
  return freeze({
    rules: freeze(rules),
    account: freeze({ ...target, rights }),
    previous: target.rights,
    affected: target.properties,
  });
};

const setRightsCode = (request: SetAccessRightsRequest): string => {
  const standing = standingCode(request);
  if (standing !== OK) return standing;
  const { target, rights } = request;
  if (target.kind === 'primary') return 'primary_admin_rights_locked';
  if (rights.length === 0) return 'no_access_rights_chosen';
  const gate = gateCode(request);
  if (gate !== OK) return gate;
  const same = target.rights.length === rights.length && target.rights.every((right, index) => right === rights[index]);
  return same ? 'access_rights_unchanged' : OK;
};
const setRightsOutput = (request: SetAccessRightsRequest) => changed(request.target, request.rights, ['CX-1', 'CX-2']);

const grantAdminCode = (request: RightsChangeRequest): string => {
  const standing = standingCode(request);
  if (standing !== OK) return standing;
  const { target } = request;
  if (target.kind === 'primary' || target.rights.includes('admin')) return 'already_admin';
  return gateCode(request);
};
const grantAdminOutput = (request: RightsChangeRequest) =>
  changed(request.target, freeze(['admin']), ['CX-3', 'CX-1', 'CX-2']);

const revokeAdminCode = (request: RightsChangeRequest): string => {
  const standing = standingCode(request);
  if (standing !== OK) return standing;
  const { target } = request;
  if (target.kind === 'primary') return 'primary_admin_rights_locked';
  if (!target.rights.includes('admin')) return 'not_admin';
  return gateCode(request);
};
const revokeAdminOutput = (request: RightsChangeRequest) =>
  changed(request.target, ALL_AREAS, ['CX-3', 'CX-1', 'CX-2']);

// --- agreements ------------------------------------------------------------------------------

const moveCode = ({ actor, property, to }: MovePropertyRequest): string => {
  if (actor.kind !== 'platform') return 'platform_operation_only';
  if (to.status === 'terminated') return 'agreement_is_terminated';
  return property.link.kind === 'agreement' && property.link.leid === to.leid ? 'property_already_in_agreement' : OK;
};
const movedProperty = ({ property, to }: MovePropertyRequest) =>
  freeze({ id: property.id, link: freeze({ kind: 'agreement' as const, leid: to.leid }) });
const recontractOutput = (request: MovePropertyRequest) =>
  freeze({ rules: freeze(['PA-18']), property: movedProperty(request), previous: request.property.link });
const ownershipOutput = (request: ChangeOwnershipRequest) => {
  const { property, accessHolders, invitations, now } = request;
  return freeze({
    rules: freeze(['PA-18', 'CX-5']),
    property: movedProperty(request),
    previous: property.link,
    accessRemoved: freeze(
      accessHolders
        .filter((account) => account.properties.includes(property.id))
        .map((account) =>
          freeze({ ...account, properties: freeze(account.properties.filter((id) => id !== property.id)) }),
        ),
    ),
    invitationsRevoked: freeze(
      invitations
        .filter((invitation) => invitation.property === property.id && stateAt(invitation, now) === 'pending')
        .map((invitation) =>
          freeze({
            ...invitation,
            status: freeze({ kind: 'revoked', at: now, by: freeze({ kind: 'platform' }) }),
          }),
        ),
    ),
  });
};

const terminateCode = ({ actor, agreement }: TerminateAgreementRequest): string => {
  if (actor.kind !== 'platform') return 'platform_operation_only';
  return agreement.status === 'terminated' ? 'agreement_is_terminated' : OK;
};
const UNLINKED = freeze({ kind: 'none' as const });
const terminateOutput = ({ agreement, portfolio }: TerminateAgreementRequest) =>
  freeze({
    rules: freeze(['PA-18']),
    agreement: freeze({ leid: agreement.leid, status: 'terminated' }),
    unlinked: freeze(
      portfolio
        .filter((property) => portfolioOf(property.link) === agreement.leid)
        .map((property) => freeze({ id: property.id, link: UNLINKED })),
    ),
  });

const baseline = <R>(code: (request: R) => string, build: (request: R) => unknown): Baseline => ({
  code: code,
  output: answer(code, build),
});

/** Each of the 14 actions by hand, by the name of the library's `act` function. */
export const BASELINES: Readonly<Record<string, Baseline>> = {
  addProperty: baseline(addPropertyCode, addPropertyOutput),
  requestPrimaryAccount: baseline(requestPrimaryCode, requestPrimaryOutput),
  grantPrimaryAccount: baseline(grantPrimaryCode, grantPrimaryOutput),
  createUser: baseline(createUserCode, createUserOutput),
  addUser: baseline(addUserCode, addUserOutput),
  invite: baseline(inviteCode, inviteOutput),
  acceptInvitation: baseline(acceptCode, acceptOutput),
  revokeInvitation: baseline(revokeInvitationCode, revokeInvitationOutput),
  removeProperty: baseline(removePropertyCode, removePropertyOutput),
  setAccessRights: baseline(setRightsCode, setRightsOutput),
  grantAdmin: baseline(grantAdminCode, grantAdminOutput),
  revokeAdmin: baseline(revokeAdminCode, revokeAdminOutput),
  recontractProperty: baseline(moveCode, recontractOutput),
  changeOwnership: baseline(moveCode, ownershipOutput),
  terminateAgreement: baseline(terminateCode, terminateOutput),
};
