// The add-property rule written three more ways, for the benchmark to time beside the library:
// as one bare function (the floor for the logic itself), in CASL and in Cedar. Each answers with
// `ok` or the code of the first refusal in the library's order, so every answer can be checked.
import { createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import {
  preparsePolicySet,
  statefulIsAuthorized,
  type StatefulAuthorizationCall,
} from '@cedar-policy/cedar-wasm/nodejs';
import type { Account, AddPropertyRequest } from 'partner-account-rules';

/** A plain answer: the shape every contender is reduced to for checking. */
export type BareAnswer = { readonly ok: true } | { readonly ok: false; readonly code: string };

const ALLOWED: BareAnswer = { ok: true };

/**
 * The add-property rule as one plain function with nothing of the library around it: no check
 * of its input, no Result, no facts, no remedies. The floor the library's decision is held to.
 */
export const bareCanAddProperty = ({ actor, primary, agreement, property, origin }: AddPropertyRequest): BareAnswer => {
  if (primary !== null && agreement.leid !== primary.agreement) return { ok: false, code: 'agreement_mismatch' };
  if (agreement.status === 'terminated') return { ok: false, code: 'agreement_is_terminated' };
  if (actor.kind === 'non_primary') return { ok: false, code: 'non_primary_cannot_add_property' };
  if (actor.kind === 'platform' && origin.kind !== 'existing_listing')
    return { ok: false, code: 'platform_attaches_existing_listings_only' };
  if (primary === null) return { ok: false, code: 'agreement_has_no_primary' };
  if (actor.kind === 'primary' && actor.id !== primary.id) return { ok: false, code: 'actor_is_not_this_primary' };
  const link = property.link;
  const portfolio = link.kind === 'agreement' ? link.leid : link.kind === 'attached' ? link.primaryOf : null;
  if (portfolio === primary.agreement) return { ok: false, code: 'property_already_in_portfolio' };
  if (link.kind === 'agreement') return { ok: false, code: 'property_in_other_agreement' };
  if (link.kind === 'attached') return { ok: false, code: 'property_attached_to_other_primary' };
  if (origin.kind === 'new_registration') return ALLOWED;
  if (origin.kind === 'assigned_leid') {
    if (origin.leid !== agreement.leid) return { ok: false, code: 'assigned_leid_of_other_agreement' };
    return origin.partnerExisted ? ALLOWED : { ok: false, code: 'partner_not_existing_at_assignment' };
  }
  return actor.kind === 'platform' ? ALLOWED : { ok: false, code: 'property_not_in_any_agreement' };
};

// ---------------------------------------------------------------------------------------------
// CASL: one ability per acting account (and one for the platform), built once and reused. The
// subject is the request itself. Later rules take precedence in CASL, so the refusals come after
// the permissions, the first refusal of the library's order last. The conditions are constants
// of the acting account: CASL cannot compare two fields of one subject, so agreement_mismatch is
// written for the acting primary's own agreement only (no case has another).

type AddPropertyAbility = MongoAbility<['add', 'AddPropertyRequest' | AddPropertyRequest]>;
type CaslRule = RawRuleOf<AddPropertyAbility>;

const allow = (conditions: object): CaslRule => ({ action: 'add', subject: 'AddPropertyRequest', conditions });
const refuse = (reason: string, conditions: object): CaslRule => ({
  action: 'add',
  subject: 'AddPropertyRequest',
  conditions,
  inverted: true,
  reason,
});

const rulesFor = (actor: Account | { readonly kind: 'platform' }): CaslRule[] => {
  const terminated = refuse('agreement_is_terminated', { 'agreement.status': 'terminated' });
  switch (actor.kind) {
    case 'platform':
      return [
        allow({ 'origin.kind': 'existing_listing', 'property.link.kind': 'none' }),
        refuse('property_attached_to_other_primary', { 'property.link.kind': 'attached' }),
        refuse('property_in_other_agreement', { 'property.link.kind': 'agreement' }),
        refuse('platform_attaches_existing_listings_only', { 'origin.kind': { $ne: 'existing_listing' } }),
        terminated,
      ];
    case 'non_primary':
      return [refuse('non_primary_cannot_add_property', {}), terminated];
    case 'primary': {
      const own = actor.agreement;
      return [
        allow({ 'property.link.kind': 'none', 'origin.kind': 'new_registration' }),
        allow({
          'property.link.kind': 'none',
          'origin.kind': 'assigned_leid',
          'origin.leid': own,
          'origin.partnerExisted': true,
        }),
        refuse('property_not_in_any_agreement', { 'property.link.kind': 'none', 'origin.kind': 'existing_listing' }),
        refuse('partner_not_existing_at_assignment', {
          'property.link.kind': 'none',
          'origin.kind': 'assigned_leid',
          'origin.partnerExisted': false,
        }),
        refuse('assigned_leid_of_other_agreement', {
          'property.link.kind': 'none',
          'origin.kind': 'assigned_leid',
          'origin.leid': { $ne: own },
        }),
        refuse('property_attached_to_other_primary', { 'property.link.kind': 'attached' }),
        refuse('property_in_other_agreement', { 'property.link.kind': 'agreement' }),
        refuse('property_already_in_portfolio', { 'property.link.leid': own }),
        refuse('property_already_in_portfolio', { 'property.link.primaryOf': own }),
        refuse('actor_is_not_this_primary', { 'primary.id': { $ne: actor.id } }),
        terminated,
        refuse('agreement_mismatch', { 'primary.id': actor.id, 'agreement.leid': { $ne: own } }),
      ];
    }
  }
};

/** The ability of one actor: built once, then asked once per request. */
export const caslAbility = (actor: Account | { readonly kind: 'platform' }): AddPropertyAbility =>
  createMongoAbility<AddPropertyAbility>(rulesFor(actor), { detectSubjectType: () => 'AddPropertyRequest' });

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

const REFUSALS: readonly (readonly [code: string, condition: string])[] = [
  ['agreement_mismatch', 'context.agreement != context.primaryAgreement'],
  ['agreement_is_terminated', '!context.agreementActive'],
  ['non_primary_cannot_add_property', 'principal is Account && principal.kind == "non_primary"'],
  ['platform_attaches_existing_listings_only', 'principal is Platform && context.origin != "existing_listing"'],
  ['actor_is_not_this_primary', 'principal is Account && principal.kind == "primary" && principal != context.primary'],
  ['property_already_in_portfolio', 'resource.link != "none" && resource.leid == context.primaryAgreement'],
  ['property_in_other_agreement', 'resource.link == "agreement"'],
  ['property_attached_to_other_primary', 'resource.link == "attached"'],
  ['assigned_leid_of_other_agreement', 'context.origin == "assigned_leid" && context.originLeid != context.agreement'],
  ['partner_not_existing_at_assignment', 'context.origin == "assigned_leid" && !context.partnerExisted'],
  ['property_not_in_any_agreement', 'context.origin == "existing_listing" && !(principal is Platform)'],
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
  const principalAttrs = actor.kind === 'platform' ? {} : { kind: actor.kind };
  return {
    principal,
    action: { type: 'Action', id: 'add_property' },
    resource: { type: 'Property', id: property.id },
    context: {
      // Every benchmark case names a primary account; `null` would be agreement_has_no_primary.
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
  return { ok: false, code: first?.[0] ?? 'no_reason' };
};
