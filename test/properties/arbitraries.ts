import fc from 'fast-check';

import {
  type AccessRight,
  type AccessRights,
  accessRights,
  type Account,
  accountId,
  type Actor,
  AREAS,
  displayName,
  email,
  FULL_ADMIN,
  type Instant,
  instant,
  type Invitation,
  invitationId,
  type LegalEntityId,
  legalEntityId,
  loginName,
  type NonPrimaryAccount,
  type PartnerAgreement,
  PLATFORM,
  type PrimaryAccount,
  type Property,
  type PropertyId,
  propertyId,
} from '../../src/index';

// Small pools of IDs, so generated requests often refer to the same agreement, property or
// login: the interesting cases (matches, collisions, mismatches) must come up, not only strangers.

const unwrap = <T>(result: { _unsafeUnwrap: () => T }): T => result._unsafeUnwrap();

export const leidArb: fc.Arbitrary<LegalEntityId> = fc.integer({ min: 1, max: 3 }).map((n) => unwrap(legalEntityId(n)));
export const propertyIdArb: fc.Arbitrary<PropertyId> = fc
  .constantFrom('h1', 'h2', 'h3', 'h4')
  .map((id) => unwrap(propertyId(id)));
const accountIdArb = fc.constantFrom('a1', 'a2', 'a3').map((id) => unwrap(accountId(id)));
const loginArb = fc.constantFrom('anna', 'Anna', 'bo', 'carl', 'dora').map((text) => unwrap(loginName(text)));
const emailArb = fc
  .constantFrom('anna@example.com', 'bo@example.com', 'carl@example.se')
  .map((text) => unwrap(email(text)));
const nameArb = fc.constantFrom('Anna', 'Bo Ek').map((text) => unwrap(displayName(text)));

export const rightsArb: fc.Arbitrary<AccessRights> = fc
  .subarray<AccessRight>([...AREAS, 'admin'], { maxLength: 3 })
  .map((list) => unwrap(accessRights(list)));

export const instantArb: fc.Arbitrary<Instant> = fc
  .integer({ min: 0, max: 20 * 24 * 60 * 60 * 1000 })
  .map((ms) => unwrap(instant(Date.UTC(2026, 10, 1) + ms)));

export const agreementArb: fc.Arbitrary<PartnerAgreement> = fc.record({
  leid: leidArb,
  status: fc.constantFrom('active', 'active', 'terminated'),
});

export const propertyArb: fc.Arbitrary<Property> = fc.record({
  id: propertyIdArb,
  link: fc.oneof(
    fc.record({ kind: fc.constant('agreement'), leid: leidArb }),
    fc.record({ kind: fc.constant('none') }),
    fc.record({ kind: fc.constant('attached'), primaryOf: leidArb }),
  ),
});

export const primaryArb: fc.Arbitrary<PrimaryAccount> = fc.record({
  kind: fc.constant('primary'),
  id: accountIdArb,
  login: loginArb,
  email: emailArb,
  name: nameArb,
  agreement: leidArb,
});

export const nonPrimaryArb: fc.Arbitrary<NonPrimaryAccount> = fc.record({
  kind: fc.constant('non_primary'),
  id: accountIdArb,
  login: loginArb,
  email: emailArb,
  name: nameArb,
  rights: rightsArb,
  properties: fc.uniqueArray(propertyIdArb, { maxLength: 3 }),
});

export const accountArb: fc.Arbitrary<Account> = fc.oneof(primaryArb, nonPrimaryArb);
export const actorArb: fc.Arbitrary<Actor> = fc.oneof(primaryArb, nonPrimaryArb, fc.constant(PLATFORM));

export const invitationArb: fc.Arbitrary<Invitation> = fc.record({
  id: fc.constantFrom('i1', 'i2').map((id) => unwrap(invitationId(id))),
  property: propertyIdArb,
  invitedBy: accountIdArb,
  name: nameArb,
  email: emailArb,
  rights: rightsArb,
  sentAt: instantArb,
  status: fc.oneof(
    { weight: 3, arbitrary: fc.constant({ kind: 'pending' as const }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('accepted' as const), at: instantArb, account: accountIdArb }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('revoked' as const),
        at: instantArb,
        by: fc.constant({ kind: 'platform' as const }),
      }),
    },
  ),
});

const originArb = fc.oneof(
  fc.constant({ kind: 'new_registration' as const }),
  fc.constant({ kind: 'existing_listing' as const }),
  fc.record({ kind: fc.constant('assigned_leid' as const), leid: leidArb, partnerExisted: fc.boolean() }),
);

// The requests of every action, drawn from the pools above.

export const addPropertyArb = fc
  .record({
    actor: actorArb,
    primary: primaryArb,
    property: propertyArb,
    origin: originArb,
    status: fc.constantFrom('active', 'terminated'),
  })
  .chain(({ actor, primary, property, origin, status }) =>
    fc.record({
      actor: fc.oneof(fc.constant(actor), fc.constant(primary)),
      primary: fc.constant(primary),
      // Mostly the primary's own agreement, sometimes another: both sides of PA-1.
      agreement: fc.oneof(
        { weight: 4, arbitrary: fc.constant({ leid: primary.agreement, status }) },
        { weight: 1, arbitrary: agreementArb },
      ),
      property: fc.constant(property),
      origin: fc.constant(origin),
    }),
  );

export const requestPrimaryArb = fc.record({
  requester: accountArb,
  agreement: agreementArb,
  primaryOfAgreement: fc.option(primaryArb, { nil: null }),
});

/** The LEID whose primary account holds `property`, when one does. */
const holderOf = (property: Property): LegalEntityId | null => {
  switch (property.link.kind) {
    case 'agreement':
      return property.link.leid;
    case 'attached':
      return property.link.primaryOf;
    case 'none':
      return null;
  }
};

/** An account that is often an admin of `property` (CX-1): its primary, or a non-primary admin. */
const actorFor = (property: Property): fc.Arbitrary<Account> => {
  const leid = holderOf(property);
  const admins: fc.Arbitrary<Account>[] = [
    nonPrimaryArb.map((account) => ({
      ...account,
      rights: FULL_ADMIN,
      properties: [...new Set([...account.properties, property.id])],
    })),
  ];
  if (leid !== null) admins.push(primaryArb.map((account) => ({ ...account, agreement: leid })));
  return fc.oneof({ weight: 3, arbitrary: fc.oneof(...admins) }, { weight: 1, arbitrary: accountArb });
};

/** A non-primary account that often reaches `property`. */
const reacherOf = (property: Property): fc.Arbitrary<NonPrimaryAccount> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: nonPrimaryArb.map((account) => ({
        ...account,
        properties: [...new Set([property.id, ...account.properties])],
      })),
    },
    { weight: 1, arbitrary: nonPrimaryArb },
  );

/** Records for what `account` reaches: often in the same agreement as `property`, sometimes not. */
const reachedBy = (account: Account, property: Property): fc.Arbitrary<readonly Property[]> =>
  account.kind === 'primary'
    ? fc.constant([property])
    : fc.tuple(
        ...account.properties.map((id) =>
          fc.oneof(
            { weight: 4, arbitrary: fc.constant({ id, link: property.link }) },
            { weight: 1, arbitrary: propertyArb.map((other) => ({ ...other, id })) },
          ),
        ),
      );

export const createUserArb = propertyArb.chain((property) =>
  fc.record({
    actor: actorFor(property),
    property: fc.constant(property),
    user: fc.record({ id: accountIdArb, login: loginArb, email: emailArb, name: nameArb, rights: rightsArb }),
    loginHolder: fc.option(accountIdArb, { nil: null }),
  }),
);

export const addUserArb = propertyArb.chain((property) =>
  fc
    .record({
      actor: actorFor(property),
      found: fc.option(accountArb, { nil: null }),
      username: loginArb,
      email: emailArb,
      coherent: fc.boolean(),
    })
    .map(({ actor, found, username, email: address, coherent }) => ({
      actor,
      property,
      // Often the lookup found exactly the account the username and email name: the allowed side of PA-14.
      username: coherent && found !== null ? found.login : username,
      email: coherent && found !== null ? found.email : address,
      accountWithUsername: found,
    })),
);

export const inviteArb = propertyArb.chain((property) =>
  fc.record({
    actor: actorFor(property),
    property: fc.constant(property),
    invitee: fc.record({
      id: fc.constantFrom('i3').map((id) => unwrap(invitationId(id))),
      name: nameArb,
      email: emailArb,
      rights: rightsArb,
    }),
    now: instantArb,
    invitations: fc.array(invitationArb, { maxLength: 3 }),
  }),
);

export const acceptArb = fc.record({
  invitation: invitationArb,
  now: instantArb,
  account: fc.record({ id: accountIdArb, login: loginArb }),
  inviteePrimary: fc.option(primaryArb, { nil: null }),
  loginHolder: fc.option(accountIdArb, { nil: null }),
});

export const revokeInvitationArb = propertyArb.chain((property) =>
  fc.record({
    actor: actorFor(property),
    property: fc.constant(property),
    invitation: invitationArb.map((invitation) => ({ ...invitation, property: property.id })),
    now: instantArb,
  }),
);

export const removePropertyArb = propertyArb.chain((property) =>
  fc.record({
    actor: actorFor(property),
    account: fc.oneof(reacherOf(property), primaryArb),
    property: fc.constant(property),
  }),
);

export const rightsChangeArb = propertyArb.chain((property) =>
  fc
    .record({
      actor: actorFor(property),
      target: fc.oneof({ weight: 3, arbitrary: reacherOf(property) }, { weight: 1, arbitrary: primaryArb }),
    })
    .chain(({ actor, target }) =>
      fc.record({
        actor: fc.constant(actor),
        target: fc.constant(target),
        property: fc.constant(property),
        reached: reachedBy(target, property),
      }),
    ),
);

export const setRightsArb = fc.tuple(rightsChangeArb, rightsArb).map(([request, rights]) => ({ ...request, rights }));

export const moveArb = fc.record({ actor: actorArb, property: propertyArb, to: agreementArb });

export const ownershipArb = fc.record({
  actor: actorArb,
  property: propertyArb,
  to: agreementArb,
  accessHolders: fc.array(nonPrimaryArb, { maxLength: 3 }),
  invitations: fc.array(invitationArb, { maxLength: 3 }),
  now: instantArb,
});

export const terminateArb = fc.record({
  actor: actorArb,
  agreement: agreementArb,
  portfolio: fc.array(propertyArb, { maxLength: 4 }),
});
