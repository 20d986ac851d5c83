import { frozenThrough, type LocaleTexts, moment, quotedItems } from './texts';

/** The English texts. */
export const en: LocaleTexts = frozenThrough<LocaleTexts>({
  rejection: {
    agreement_mismatch: ({ facts }) =>
      `Primary account "${facts.primary}" belongs to the agreement with legal entity ID ${facts.primaryAgreement}, not ${facts.givenAgreement}.`,
    agreement_is_terminated: ({ facts }) =>
      `The partner agreement with legal entity ID ${facts.agreement} has been terminated, so nothing more can be done under it.`,
    non_primary_cannot_add_property: ({ facts }) =>
      `Only the primary account can register properties, so ${en.actor(facts.actor)} cannot add one.`,
    agreement_has_no_primary: ({ facts }) =>
      `The agreement with legal entity ID ${facts.agreement} has no primary account yet, so nothing can be added to one.`,
    platform_attaches_existing_listings_only: ({ facts }) =>
      `The platform attaches only existing listings to a primary account; property "${facts.property}" comes by ${{ new_registration: 'a new registration', existing_listing: 'an existing listing', assigned_leid: 'an assigned legal entity ID' }[facts.origin]}, which the primary account itself registers.`,
    actor_is_not_this_primary: ({ facts }) =>
      `Adding a property under the agreement with legal entity ID ${facts.agreement} needs that agreement's primary account to be logged in, and ${en.actor(facts.actor)} is not it.`,
    property_already_in_portfolio: ({ facts }) =>
      `Property "${facts.property}" is already in the portfolio of primary account "${facts.primary}".`,
    property_in_other_agreement: ({ facts }) =>
      `Property "${facts.property}" belongs to the agreement with legal entity ID ${facts.propertyAgreement}, not ${facts.agreement}, so this primary account cannot take it.`,
    property_attached_to_other_primary: ({ facts }) =>
      `Property "${facts.property}" has been attached by the platform to the primary account of legal entity ID ${facts.attachedTo}.`,
    property_not_in_agreement: ({ facts }) =>
      `Property "${facts.property}" is not part of the partner agreement with legal entity ID ${facts.agreement}, so its primary account cannot take it: a primary account holds the properties of its own agreement, and registers new ones itself.`,
    assigned_leid_of_other_agreement: ({ facts }) =>
      `Property "${facts.property}" was registered under legal entity ID ${facts.assigned}, which is not this agreement's (${facts.agreement}).`,
    partner_not_existing_at_assignment: ({ facts }) =>
      `Property "${facts.property}" can join the primary account only if the partner already existed when legal entity ID ${facts.assigned} was assigned, and it did not.`,
    already_primary_account: ({ facts }) => `Account "${facts.account}" already is a primary account.`,
    agreement_has_primary: ({ facts }) =>
      `The agreement with legal entity ID ${facts.agreement} already has a primary account ("${facts.primary}"); an agreement has only one.`,
    actor_not_admin: ({ facts }) =>
      `Only an admin of property "${facts.property}" can do this, and ${en.actor(facts.actor)} is not one.`,
    no_access_rights_chosen: ({ facts }) => `No access rights were chosen for property "${facts.property}".`,
    login_taken: ({ facts }) =>
      `The login name "${facts.login}" is already used by account "${facts.holder}"; login names are unique.`,
    login_same_as_creator: ({ facts }) =>
      `The new account needs its own login details; "${facts.login}" is the login of the account creating it.`,
    user_not_found: ({ facts }) => `No account has the username "${facts.username}".`,
    username_email_mismatch: ({ facts }) =>
      `The username "${facts.username}" and the email address ${facts.email} do not belong to the same account.`,
    user_is_primary_account: ({ facts }) =>
      `Account "${facts.account}" is a primary account and cannot be added to property "${facts.property}" as an existing user.`,
    user_already_has_access: ({ facts }) =>
      `Account "${facts.account}" already has access to property "${facts.property}".`,
    invitation_already_pending: ({ facts }) =>
      `Invitation "${facts.invitation}" to the same person for this property is still open until ${moment(facts.expiresAt)}.`,
    invitation_not_pending: ({ facts }) => {
      const how = { expired: 'expired', revoked: 'was revoked', accepted: 'was already accepted' }[facts.state];
      return `Invitation "${facts.invitation}" ${how} at ${moment(facts.since)} and can no longer be accepted or changed.`;
    },
    invitation_not_yet_sent: ({ facts }) =>
      `Invitation "${facts.invitation}" was sent at ${moment(facts.sentAt)}, so it cannot be accepted at ${moment(facts.now)}, before it existed.`,
    login_same_as_primary: ({ facts }) =>
      `The new account needs a login name other than "${facts.login}", which is the login of primary account "${facts.primary}".`,
    invitation_for_other_property: ({ facts }) =>
      `Invitation "${facts.invitation}" is for property "${facts.invitationProperty}", not for "${facts.property}".`,
    property_not_reached: ({ facts }) => `Account "${facts.account}" has no access to property "${facts.property}".`,
    primary_account_keeps_properties: ({ facts }) =>
      `Property "${facts.property}" cannot be removed from primary account "${facts.account}": a primary account always holds every property of its agreement (legal entity ID ${facts.agreement}).`,
    primary_admin_rights_locked: ({ facts }) =>
      `Account "${facts.account}" is the primary account of legal entity ID ${facts.agreement}; its admin access rights can never be reduced or removed.`,
    rights_reach_other_properties: ({ facts }) =>
      `Access rights apply to every property of an account, and account "${facts.account}" also reaches ${quotedItems(facts.properties)}, which you do not administer.`,
    already_admin: ({ facts }) => `Account "${facts.account}" already has admin access rights.`,
    not_admin: ({ facts }) => `Account "${facts.account}" has no admin access rights to take back.`,
    access_rights_unchanged: ({ facts }) =>
      `Account "${facts.account}" already has exactly these access rights (${facts.rights.join(', ')}); setting them again would change nothing.`,
    platform_operation_only: ({ facts }) =>
      `Only the platform can ${{ recontract_property: 're-contract a property', change_ownership: 'change ownership of a property', terminate_agreement: 'terminate an agreement', grant_primary_account: 'make a primary account' }[facts.operation]}; ${en.actor(facts.actor)} cannot.`,
    property_already_in_agreement: ({ facts }) =>
      `Property "${facts.property}" already belongs to the agreement with legal entity ID ${facts.agreement}.`,
  },
  remedy: {
    create_non_primary_account: ({ property }) =>
      `Create a new non-primary account with its own login for property "${property}", and give it that property.`,
    invite_instead: ({ email }) => `Invite ${email} by name and email instead; accepting creates a separate login.`,
    request_primary_account: ({ agreement }) =>
      agreement === null
        ? 'If the agreement has no primary account yet, ask the platform for one.'
        : `Ask the platform for a primary account for the agreement with legal entity ID ${agreement}.`,
    grant_primary_account: ({ agreement }) =>
      `Make the primary account of the agreement with legal entity ID ${agreement} first.`,
    ask_primary_account: ({ agreement }) =>
      agreement === null
        ? 'Ask the primary account of the agreement to do it.'
        : `Ask the primary account of legal entity ID ${agreement} to do it.`,
    ask_property_admin: ({ property }) => `Ask an admin of property "${property}".`,
    ask_platform_to_attach: ({ property }) =>
      `If property "${property}" is linked to no partner agreement, ask the platform to attach it to the primary account.`,
    recontract_property: ({ property }) => `Have property "${property}" re-contracted under a new agreement.`,
    change_ownership: ({ property }) =>
      `Request a change of ownership of property "${property}" to another owner or contract.`,
    terminate_agreement: ({ agreement }) =>
      agreement === null
        ? 'Terminate the partner agreement.'
        : `Terminate the partner agreement with legal entity ID ${agreement}.`,
    choose_another_login: () => 'Choose another login name.',
    choose_access_rights: () => 'Choose at least one access right.',
    wait_for_invitation: ({ invitation, expiresAt }) =>
      `Wait for invitation "${invitation}" to be answered, or revoke it; it expires at ${moment(expiresAt)}.`,
    send_new_invitation: ({ property }) => `Ask an admin of property "${property}" for a new invitation.`,
  },
  problem: {
    wrong_type: ({ expected, received }) => `expected ${expected.join(' or ')}, got ${received}`,
    empty: () => 'must not be empty',
    too_long: ({ max, length }) => `is ${length} long, at most ${max} allowed`,
    control_character: ({ position }) => `has a control character at position ${position}`,
    disallowed_character: ({ kind, position }) =>
      `has ${{ invisible: 'an invisible or direction-changing character', space: 'a space', lone_surrogate: 'half of a character (a lone surrogate)', not_identifier: 'a character a login may not hold (letters, digits, combining marks and ASCII characters only, no compatibility forms)' }[kind]} at position ${position}`,
    not_integer: () => 'must be a whole number',
    not_positive: () => 'must be greater than zero',
    out_of_range: ({ min, max }) => `must be between ${min} and ${max}`,
    malformed_email: () => 'is not a well-formed email address',
    malformed_timestamp: () => 'is not an ISO 8601 timestamp with a time zone',
    not_normalized: ({ normalized }) =>
      `is not in its normalised form ("${normalized}"); build it with its constructor`,
    unknown_variant: ({ allowed }) => `must be one of ${quotedItems(allowed)}`,
    unreadable: () => 'could not be read',
    duplicate: ({ of }) =>
      ({
        id: 'repeats an ID used earlier in the list',
        login: 'repeats a login name used by an earlier account, or one that looks the same',
        primary_account: 'names an agreement that already has a primary account',
      })[of],
    unknown_reference: ({ record }) =>
      `names ${{ agreement: 'an agreement', property: 'a property', account: 'an account', invitation: 'an invitation' }[record]} that is not in the world`,
    unknown_field: () => 'is not a field here (check its spelling)',
    set_by_server: () => 'is set by the server, from the login and the clock, never by the request body',
    conflict: ({ reason }) =>
      ({
        agreement_is_terminated:
          'names an agreement that has been terminated, and nothing is linked to one after its end',
        second_pending_invitation: 'is a second pending invitation for the same person and property',
        before_sent: 'comes before the invitation was sent',
        not_primary_of_agreement: 'names an account that is not the primary account of the property\u2019s agreement',
        wrong_account: 'names another account than the one the invitation created',
        not_non_primary: 'names a primary account, whose access never changes this way',
        not_kept: 'differs from the record as stored, which an event of this kind never changes',
        after_expiry: 'comes after the invitation had expired',
        before_expiry: 'records the invitation as expired before its 7 days were over',
        not_pending: 'changes an invitation that was no longer pending',
        not_at_event: 'names another moment than the event it belongs to',
      })[reason],
    more_issues: ({ count }) => `and ${count} more ${count === 1 ? 'problem' : 'problems'}, not listed`,
    not_a_world: () => 'is not a world made by this library (use worldFrom, replay or EMPTY_WORLD)',
  },
  world: {
    record_not_found: ({ facts }) => `There is no ${en.record[facts.record]} "${String(facts.id)}" in this world.`,
    record_id_taken: ({ facts }) =>
      `The ID "${String(facts.id)}" is already used by another ${en.record[facts.record]}.`,
    actor_cannot_issue: ({ facts }) => `${en.commandActor[facts.actor]} cannot issue "${facts.action}".`,
    time_went_backwards: ({ facts }) =>
      `The command is dated ${moment(facts.now)}, but this world has already reached ${moment(facts.clock)}; time only moves forward.`,
  },
  record: {
    agreement: 'partner agreement',
    property: 'property',
    account: 'account',
    invitation: 'invitation',
    primary_account: 'primary account of the agreement',
  },
  commandActor: { account: 'An account', platform: 'The platform', invitee: 'An invitee without an account' },
  value: {
    legal_entity_id: 'legal entity ID',
    property_id: 'property ID',
    account_id: 'account ID',
    invitation_id: 'invitation ID',
    login_name: 'login name',
    email: 'email address',
    display_name: 'name',
    instant: 'time',
    access_right: 'access rights',
  },
  accountKind: { primary: 'primary account', non_primary: 'non-primary account' },
  actor: (actor) => (actor.kind === 'platform' ? 'the platform' : `${en.accountKind[actor.kind]} "${actor.id}"`),
  invalidInput: 'The request is malformed, so nothing was decided',
  unknown: 'This is not a rejection this library knows.',
  client: {
    user_not_found: () => 'No user with this username and email can be added here.',
    user_already_has_access: ({ property }) => `The user already has access to property "${property}".`,
    login_taken: ({ login }) =>
      `The login name "${login}", or one that looks like it, is already in use; login names are unique.`,
    login_same_as_primary: ({ login }) =>
      `The new account needs a login of its own; "${login}" is the login of your primary account.`,
    agreement_has_primary: ({ agreement }) =>
      `The agreement with legal entity ID ${agreement} already has a primary account; an agreement has only one.`,
    agreement_mismatch: ({ givenAgreement }) =>
      `The primary account does not belong to the agreement with legal entity ID ${givenAgreement}.`,
    property_in_other_agreement: ({ property }) =>
      `Property "${property}" belongs to another partner agreement, so this primary account cannot take it.`,
    property_attached_to_other_primary: ({ property }) =>
      `Property "${property}" is attached to another primary account.`,
    rights_reach_other_properties: ({ account }) =>
      `Account "${account}" also reaches properties you are not an admin of, and its access rights apply to all of them.`,
    primary_admin_rights_locked: ({ account }) =>
      `Account "${account}" is a primary account, whose admin access rights cannot be changed.`,
    invitation_for_other_property: ({ invitation, property }) =>
      `Invitation "${invitation}" is not for property "${property}".`,
    time_went_backwards: () =>
      'The command is dated earlier than a moment this world has already reached; time only moves forward.',
  },
  title: {
    400: 'Malformed request',
    403: 'Not allowed for this actor',
    404: 'Not found',
    409: 'Conflicts with the current records',
    422: 'Never allowed with these arguments',
    500: 'Internal error',
  },
  internal: 'The answer could not be read.',
  cli: {
    scenario: 'Scenario',
    step: 'Step',
    accepted: 'accepted',
    rejected: 'rejected',
    under: 'under',
    next: 'next step',
    events: 'events',
    unexpected: 'UNEXPECTED',
    expected: 'expected',
    summary: 'steps',
    asExpected: 'as expected',
    notAsExpected: 'not as expected',
    valid: 'is valid',
    malformed: 'malformed, nothing was run:',
  },
});
