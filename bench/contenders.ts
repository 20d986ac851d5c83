// The add-property rule written three more ways, for the benchmark to time beside the library:
// as one bare function (the floor for the logic itself), in CASL and in Cedar. Each answers with
// `ok` or the code of the first refusal in the library's order, so every answer can be checked.
import { Ability, type MatchConditions } from '@casl/ability';
import {
  preparsePolicySet,
  type StatefulAuthorizationCall,
  statefulIsAuthorized,
} from '@cedar-policy/cedar-wasm/nodejs';
import type {
  Account,
  AddPropertyRequest,
  AddUserRequest,
  Invitation,
  InviteRequest,
  Property,
} from 'partner-account-rules';

/** A plain answer: the shape every contender is reduced to for checking. */
export type BareAnswer = { readonly ok: true } | { readonly ok: false; readonly code: string };

const ALLOWED: BareAnswer = { ok: true };

/**
 * The add-property rule as one plain function with nothing of the library around it: no check
 * of its input, no Result, no facts, no remedies. The floor the library's decision is held to.
 */
export const bareCanAddProperty = ({ actor, primary, agreement, property, origin }: AddPropertyRequest): BareAnswer => {
  if (actor.kind === 'non_primary') return { ok: false, code: 'non_primary_cannot_add_property' };
  if (actor.kind === 'primary' && actor.agreement !== agreement.leid)
    return { ok: false, code: 'actor_is_not_this_primary' };
  if (primary !== null && agreement.leid !== primary.agreement) return { ok: false, code: 'agreement_mismatch' };
  if (actor.kind === 'primary' && primary !== null && actor.id !== primary.id)
    return { ok: false, code: 'actor_is_not_this_primary' };
  if (agreement.status === 'terminated') return { ok: false, code: 'agreement_is_terminated' };
  if (actor.kind === 'platform' && origin.kind !== 'existing_listing')
    return { ok: false, code: 'platform_attaches_existing_listings_only' };
  if (primary === null) return { ok: false, code: 'agreement_has_no_primary' };
  const link = property.link;
  const portfolio = link.kind === 'agreement' ? link.leid : link.kind === 'attached' ? link.primaryOf : null;
  if (portfolio === primary.agreement) return { ok: false, code: 'property_already_in_portfolio' };
  if (actor.kind !== 'platform' && (origin.kind === 'existing_listing' || link.kind !== 'none'))
    return { ok: false, code: 'property_not_in_agreement' };
  if (link.kind === 'agreement') return { ok: false, code: 'property_in_other_agreement' };
  if (link.kind === 'attached') return { ok: false, code: 'property_attached_to_other_primary' };
  if (origin.kind === 'assigned_leid') {
    if (origin.leid !== agreement.leid) return { ok: false, code: 'assigned_leid_of_other_agreement' };
    return origin.partnerExisted ? ALLOWED : { ok: false, code: 'partner_not_existing_at_assignment' };
  }
  return ALLOWED;
};

// ---------------------------------------------------------------------------------------------
// CASL, as its experts write a rule that compares fields of one request: an Ability whose
// conditions are functions (CASL's lambda matcher), one ability for every actor, built once.
// CASL answers with the rule of highest precedence among those that match, and a later rule
// takes precedence: so one rule allows, then each refusal follows, the library's first refusal
// last. Each refusal's condition is the plain test of its own case, made safe for requests an
// earlier refusal already decides (no primary account, for one).

type Condition = (request: AddPropertyRequest) => boolean;
type AddPropertyAbility = Ability<['add', 'AddPropertyRequest' | AddPropertyRequest], Condition>;

const portfolioOf = ({ link }: { readonly link: AddPropertyRequest['property']['link'] }) =>
  link.kind === 'agreement' ? link.leid : link.kind === 'attached' ? link.primaryOf : null;

// The library's order of refusals, each with the condition under which it is the answer.
const CASL_REFUSALS: readonly (readonly [code: string, when: Condition])[] = [
  ['non_primary_cannot_add_property', ({ actor }) => actor.kind === 'non_primary'],
  [
    'actor_is_not_this_primary',
    ({ actor, agreement }) => actor.kind === 'primary' && actor.agreement !== agreement.leid,
  ],
  ['agreement_mismatch', ({ primary, agreement }) => primary !== null && agreement.leid !== primary.agreement],
  [
    'actor_is_not_this_primary',
    ({ actor, primary }) => actor.kind === 'primary' && primary !== null && actor.id !== primary.id,
  ],
  ['agreement_is_terminated', ({ agreement }) => agreement.status === 'terminated'],
  [
    'platform_attaches_existing_listings_only',
    ({ actor, origin }) => actor.kind === 'platform' && origin.kind !== 'existing_listing',
  ],
  ['agreement_has_no_primary', ({ primary }) => primary === null],
  ['property_already_in_portfolio', ({ primary, property }) => portfolioOf(property) === primary?.agreement],
  [
    'property_not_in_agreement',
    ({ actor, origin, property }) =>
      actor.kind !== 'platform' && (origin.kind === 'existing_listing' || property.link.kind !== 'none'),
  ],
  ['property_in_other_agreement', ({ property }) => property.link.kind === 'agreement'],
  ['property_attached_to_other_primary', ({ property }) => property.link.kind === 'attached'],
  [
    'assigned_leid_of_other_agreement',
    ({ origin, agreement }) => origin.kind === 'assigned_leid' && origin.leid !== agreement.leid,
  ],
  ['partner_not_existing_at_assignment', ({ origin }) => origin.kind === 'assigned_leid' && !origin.partnerExisted],
];

const lambdaMatcher = (condition: Condition): MatchConditions => condition as MatchConditions;

/** The one ability of the add-property rule, for every actor. */
export const caslAbility = (): AddPropertyAbility =>
  new Ability<['add', 'AddPropertyRequest' | AddPropertyRequest], Condition>(
    [
      { action: 'add', subject: 'AddPropertyRequest' },
      ...[...CASL_REFUSALS].reverse().map(([reason, conditions]) => ({
        action: 'add' as const,
        subject: 'AddPropertyRequest' as const,
        conditions,
        inverted: true,
        reason,
      })),
    ],
    { conditionsMatcher: lambdaMatcher, detectSubjectType: () => 'AddPropertyRequest' },
  );

/** CASL's answer to one request: the rule that decides it, and its reason when it refuses. */
export const caslCanAddProperty = (ability: AddPropertyAbility, request: AddPropertyRequest): BareAnswer => {
  const rule = ability.relevantRuleFor('add', request);
  if (rule !== null && !rule.inverted) return ALLOWED;
  return { ok: false, code: rule?.reason ?? 'no_rule' };
};

// ---------------------------------------------------------------------------------------------
// Cedar: one policy set, parsed once and kept by cedar-wasm; each refusal is a `forbid` named by
// its code, and one `permit` allows what none forbids. A request passes only its two entities,
// the acting principal and the property; the other facts go in the context.

// Each forbid is named by its code; a code that refuses at two places in the order has a second
// policy, `#2`, read back as the code.
const REFUSALS: readonly (readonly [code: string, condition: string])[] = [
  ['non_primary_cannot_add_property', 'principal is Account && principal.kind == "non_primary"'],
  [
    'actor_is_not_this_primary',
    'principal is Account && principal.kind == "primary" && principal.agreement != context.agreement',
  ],
  ['agreement_mismatch', 'context.hasPrimary && context.agreement != context.primaryAgreement'],
  [
    'actor_is_not_this_primary#2',
    'principal is Account && principal.kind == "primary" && context.hasPrimary && principal != context.primary',
  ],
  ['agreement_is_terminated', '!context.agreementActive'],
  ['platform_attaches_existing_listings_only', 'principal is Platform && context.origin != "existing_listing"'],
  ['agreement_has_no_primary', '!context.hasPrimary'],
  ['property_already_in_portfolio', 'resource.link != "none" && resource.leid == context.primaryAgreement'],
  [
    'property_not_in_agreement',
    '!(principal is Platform) && (context.origin == "existing_listing" || resource.link != "none")',
  ],
  ['property_in_other_agreement', 'resource.link == "agreement"'],
  ['property_attached_to_other_primary', 'resource.link == "attached"'],
  ['assigned_leid_of_other_agreement', 'context.origin == "assigned_leid" && context.originLeid != context.agreement'],
  ['partner_not_existing_at_assignment', 'context.origin == "assigned_leid" && !context.partnerExisted'],
];

const POLICIES: Record<string, string> = {
  allow: 'permit (principal, action == Action::"add_property", resource);',
  ...Object.fromEntries(
    REFUSALS.map(([code, condition]) => [
      code,
      `forbid (principal, action == Action::"add_property", resource) when { ${condition} };`,
    ]),
  ),
};

const POLICY_SET_ID = 'add-property';

/** Parses the policy set once; cedar-wasm keeps it for {@link cedarCanAddProperty}. */
export const prepareCedar = (): void => {
  const answer = preparsePolicySet(POLICY_SET_ID, { staticPolicies: POLICIES });
  if (answer.type !== 'success') throw new Error(`Cedar refused the policy set: ${JSON.stringify(answer.errors)}`);
};

/** The Cedar form of one request, made once like the library's own request. */
export const cedarCall = ({
  actor,
  primary,
  agreement,
  property,
  origin,
}: AddPropertyRequest): StatefulAuthorizationCall => {
  const link = property.link;
  const principal =
    actor.kind === 'platform' ? { type: 'Platform', id: 'platform' } : { type: 'Account', id: actor.id };
  const principalAttrs =
    actor.kind === 'platform' ? {} : { kind: actor.kind, agreement: actor.kind === 'primary' ? actor.agreement : 0 };
  return {
    principal,
    action: { type: 'Action', id: 'add_property' },
    resource: { type: 'Property', id: property.id },
    context: {
      hasPrimary: primary !== null,
      primary: { __entity: { type: 'Account', id: primary?.id ?? '' } },
      primaryAgreement: primary?.agreement ?? 0,
      agreement: agreement.leid,
      agreementActive: agreement.status === 'active',
      origin: origin.kind,
      originLeid: origin.kind === 'assigned_leid' ? origin.leid : 0,
      partnerExisted: origin.kind === 'assigned_leid' && origin.partnerExisted,
    },
    preparsedPolicySetId: POLICY_SET_ID,
    entities: [
      { uid: principal, attrs: principalAttrs, parents: [] },
      {
        uid: { type: 'Property', id: property.id },
        attrs: {
          link: link.kind,
          leid: link.kind === 'agreement' ? link.leid : link.kind === 'attached' ? link.primaryOf : 0,
        },
        parents: [],
      },
    ],
  };
};

/** Cedar's answer: `ok`, or the first refusal, in the library's order, among the forbids that matched. */
export const cedarCanAddProperty = (call: StatefulAuthorizationCall): BareAnswer => {
  const answer = statefulIsAuthorized(call);
  if (answer.type !== 'success')
    return { ok: false, code: `cedar_failure: ${answer.errors.map((error) => error.message).join('; ')}` };
  if (answer.response.decision === 'allow') return ALLOWED;
  const reasons = answer.response.diagnostics.reason;
  const first = REFUSALS.find(([code]) => reasons.includes(code));
  return { ok: false, code: first?.[0].replace(/#\d+$/u, '') ?? 'no_reason' };
};

// ---------------------------------------------------------------------------------------------
// Adding a user (PA-13, PA-14, CX-1) and inviting (PA-15, CX-1, CX-6), the same two ways: a CASL
// ability of function conditions, and a Cedar policy set of one permit and a forbid per refusal.

type Refusals<R> = readonly (readonly [code: string, when: (request: R) => boolean])[];
// The abilities below name their subject by a string; CASL is given the request itself, whose
// type `detectSubjectType` names, and each condition reads it.
type RequestAbility = Ability<['do', string], MatchConditions>;

// CX-1 in plain code, for the CASL conditions: the portfolio's primary, or a non-primary admin
// that reaches the property.
const caslAdminOver = (actor: Account, property: Property): boolean =>
  actor.kind === 'primary'
    ? portfolioOf(property) === actor.agreement
    : actor.rights.includes('admin') && actor.properties.includes(property.id);

const abilityOf = <R>(subject: string, refusals: Refusals<R>): RequestAbility =>
  new Ability<['do', string], MatchConditions>(
    [
      { action: 'do', subject },
      ...[...refusals].reverse().map(([reason, when]) => ({
        action: 'do' as const,
        subject,
        conditions: when,
        inverted: true,
        reason,
      })),
    ],
    { conditionsMatcher: (conditions) => conditions, detectSubjectType: () => subject },
  );

const caslAnswer = (ability: RequestAbility, request: object): BareAnswer => {
  const rule = ability.relevantRuleFor('do', request as never);
  if (rule !== null && !rule.inverted) return ALLOWED;
  return { ok: false, code: rule?.reason ?? 'no_rule' };
};

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const LAST_INSTANT = 8_640_000_000_000_000;

const ADD_USER_REFUSALS: Refusals<AddUserRequest> = [
  ['actor_not_admin', ({ actor, property }) => !caslAdminOver(actor, property)],
  ['user_not_found', ({ accountWithUsername: user, username }) => user === null || user.login !== username],
  ['username_email_mismatch', ({ accountWithUsername: user, email }) => user !== null && user.email !== email],
  ['user_is_primary_account', ({ accountWithUsername: user }) => user?.kind === 'primary'],
  [
    'user_already_has_access',
    ({ accountWithUsername: user, property }) => user?.kind === 'non_primary' && user.properties.includes(property.id),
  ],
];

const pendingAt = (invitation: Invitation, now: number): boolean =>
  invitation.status.kind === 'pending' && now < Math.min(LAST_INSTANT, invitation.sentAt + WEEK_MS);

const INVITE_REFUSALS: Refusals<InviteRequest> = [
  ['actor_not_admin', ({ actor, property }) => !caslAdminOver(actor, property)],
  ['no_access_rights_chosen', ({ invitee }) => invitee.rights.length === 0],
  [
    'invitation_already_pending',
    ({ invitations, property, invitee, now }) =>
      invitations.some((sent) => sent.property === property.id && sent.email === invitee.email && pendingAt(sent, now)),
  ],
];

/** The CASL abilities of adding a user and of inviting, built once. */
export const caslUserAbilities = () => ({
  addUser: abilityOf('AddUserRequest', ADD_USER_REFUSALS),
  invite: abilityOf('InviteRequest', INVITE_REFUSALS),
});
export const caslCanAddUser = (ability: RequestAbility, request: AddUserRequest): BareAnswer =>
  caslAnswer(ability, request);
export const caslCanInvite = (ability: RequestAbility, request: InviteRequest): BareAnswer =>
  caslAnswer(ability, request);

// Cedar, context only: the principal and the property are named, every fact is in the context,
// and each rule is a condition on those facts. CX-1 as Cedar reads it:
const CEDAR_ADMIN =
  '((context.actorKind == "primary" && context.portfolio == context.actorAgreement) || ' +
  '(context.actorKind == "non_primary" && context.actorRights.contains("admin") && ' +
  'context.actorProperties.contains(context.property)))';

const CEDAR_ADD_USER: readonly (readonly [code: string, condition: string])[] = [
  ['actor_not_admin', `!${CEDAR_ADMIN}`],
  ['user_not_found', '!context.found || context.userLogin != context.username'],
  ['username_email_mismatch', 'context.found && context.userEmail != context.email'],
  ['user_is_primary_account', 'context.found && context.userKind == "primary"'],
  ['user_already_has_access', 'context.found && context.userProperties.contains(context.property)'],
];
// CX-6: a pending invitation expires 7 days after it was sent, and no instant is later than the
// last one. The caller's lookup gives the latest invitation still marked pending to the same
// address for the property; Cedar decides whether it has expired.
const CEDAR_INVITE: readonly (readonly [code: string, condition: string])[] = [
  ['actor_not_admin', `!${CEDAR_ADMIN}`],
  ['no_access_rights_chosen', 'context.inviteeRights == []'],
  [
    'invitation_already_pending',
    `context.hasPending && context.now < ${String(LAST_INSTANT)} && context.now < context.latestPendingSentAt + ${String(WEEK_MS)}`,
  ],
];

const policySet = (action: string, refusals: readonly (readonly [string, string])[]): Record<string, string> => ({
  allow: `permit (principal, action == Action::"${action}", resource);`,
  ...Object.fromEntries(
    refusals.map(([code, condition]) => [
      code,
      `forbid (principal, action == Action::"${action}", resource) when { ${condition} };`,
    ]),
  ),
});

/** Parses the add-user and invite policy sets once; cedar-wasm keeps them. */
export const prepareCedarUsers = (): void => {
  for (const [id, policies] of [
    ['add-user', policySet('add_user', CEDAR_ADD_USER)],
    ['invite', policySet('invite', CEDAR_INVITE)],
  ] as const) {
    const answer = preparsePolicySet(id, { staticPolicies: policies });
    if (answer.type !== 'success') throw new Error(`Cedar refused ${id}: ${JSON.stringify(answer.errors)}`);
  }
};

const actorFacts = (actor: Account, property: Property) => ({
  actorKind: actor.kind,
  actorAgreement: actor.kind === 'primary' ? actor.agreement : 0,
  actorRights: actor.kind === 'non_primary' ? [...actor.rights] : [],
  actorProperties: actor.kind === 'non_primary' ? [...actor.properties] : [],
  property: property.id,
  portfolio: portfolioOf(property) ?? -1,
});

/** The Cedar form of an add-user request, made once. */
export const cedarAddUserCall = (request: AddUserRequest): StatefulAuthorizationCall => {
  const { actor, property, username, email, accountWithUsername: user } = request;
  return {
    principal: { type: 'Account', id: actor.id },
    action: { type: 'Action', id: 'add_user' },
    resource: { type: 'Property', id: property.id },
    context: {
      ...actorFacts(actor, property),
      username,
      email,
      found: user !== null,
      userLogin: user?.login ?? '',
      userEmail: user?.email ?? '',
      userKind: user?.kind ?? '',
      userProperties: user?.kind === 'non_primary' ? [...user.properties] : [],
    },
    preparsedPolicySetId: 'add-user',
    entities: [],
  };
};

/** The Cedar form of an invite request, made once, with the caller's lookup of pending invitations. */
export const cedarInviteCall = (request: InviteRequest): StatefulAuthorizationCall => {
  const { actor, property, invitee, now, invitations } = request;
  const marked = invitations.filter(
    (sent) => sent.property === property.id && sent.email === invitee.email && sent.status.kind === 'pending',
  );
  return {
    principal: { type: 'Account', id: actor.id },
    action: { type: 'Action', id: 'invite' },
    resource: { type: 'Property', id: property.id },
    context: {
      ...actorFacts(actor, property),
      inviteeRights: [...invitee.rights],
      now,
      hasPending: marked.length > 0,
      latestPendingSentAt: Math.max(0, ...marked.map((sent) => sent.sentAt)),
    },
    preparsedPolicySetId: 'invite',
    entities: [],
  };
};

const cedarAnswer = (call: StatefulAuthorizationCall, refusals: readonly (readonly [string, string])[]): BareAnswer => {
  const answer = statefulIsAuthorized(call);
  if (answer.type !== 'success')
    return { ok: false, code: `cedar_failure: ${answer.errors.map((error) => error.message).join('; ')}` };
  if (answer.response.decision === 'allow') return ALLOWED;
  const reasons = answer.response.diagnostics.reason;
  const first = refusals.find(([code]) => reasons.includes(code));
  return { ok: false, code: first?.[0] ?? 'no_reason' };
};
export const cedarCanAddUser = (call: StatefulAuthorizationCall): BareAnswer => cedarAnswer(call, CEDAR_ADD_USER);
export const cedarCanInvite = (call: StatefulAuthorizationCall): BareAnswer => cedarAnswer(call, CEDAR_INVITE);
