// A synthetic extranet of a given size, shaped like a large hotel chain's: one agreement (and
// its primary account) per 50 properties, 2 accounts and 10 access grants per property. Shared
// by the benchmarks (`npm run bench`).
import type { Account, Command, Instant, PartnerAgreement, Property, WorldSnapshot } from 'partner-account-rules';
import {
  accessRights,
  accountId,
  displayName,
  email,
  instant,
  invitationId,
  legalEntityId,
  loginName,
  propertyId,
} from 'partner-account-rules';

export const PROPERTIES_PER_AGREEMENT = 50;
export const ACCOUNTS_PER_PROPERTY = 2;
export const GRANTS_PER_PROPERTY = 10;

const leidOf = (index: number) => legalEntityId(index + 1)._unsafeUnwrap();
export const propertyOf = (index: number) => propertyId(`p${String(index)}`)._unsafeUnwrap();
export const accountOf = (index: number) => accountId(`a${String(index)}`)._unsafeUnwrap();
const rights = accessRights(['reservations', 'rates_and_availability'])._unsafeUnwrap();
const admin = accessRights(['admin'])._unsafeUnwrap();

/** The moment the synthetic world's commands happen. */
export const NOW: Instant = instant('2026-11-22T12:00:00Z')._unsafeUnwrap();

/** A snapshot of `properties` properties, with accounts and grants in proportion. */
export const snapshotOfSize = (properties: number): WorldSnapshot => {
  const agreementCount = Math.ceil(properties / PROPERTIES_PER_AGREEMENT);
  const agreements: PartnerAgreement[] = Array.from({ length: agreementCount }, (_, index) => ({
    leid: leidOf(index),
    status: 'active',
  }));
  const propertyList: Property[] = Array.from({ length: properties }, (_, index) => ({
    id: propertyOf(index),
    link: { kind: 'agreement', leid: leidOf(Math.floor(index / PROPERTIES_PER_AGREEMENT)) },
  }));
  const accountCount = properties * ACCOUNTS_PER_PROPERTY;
  const nonPrimary = accountCount - agreementCount;
  // Each non-primary account reaches a run of properties inside one agreement, so that the
  // grants total GRANTS_PER_PROPERTY per property.
  const perAccount = Math.max(1, Math.round((properties * GRANTS_PER_PROPERTY) / nonPrimary));
  const accounts: Account[] = Array.from({ length: accountCount }, (_, index): Account => {
    const id = accountOf(index);
    const login = loginName(`user.${String(index)}`)._unsafeUnwrap();
    const mail = email(`user.${String(index)}@example.com`)._unsafeUnwrap();
    const name = displayName(`User ${String(index)}`)._unsafeUnwrap();
    if (index < agreementCount) return { kind: 'primary', id, login, email: mail, name, agreement: leidOf(index) };
    const home = (index * 7919) % properties;
    const first = home - (home % PROPERTIES_PER_AGREEMENT);
    const span = Math.min(perAccount, PROPERTIES_PER_AGREEMENT, properties - first);
    const start = first + ((home - first) % Math.max(1, PROPERTIES_PER_AGREEMENT - span + 1));
    const reached = Array.from({ length: Math.min(span, properties - start) }, (_, offset) =>
      propertyOf(start + offset),
    );
    return {
      kind: 'non_primary',
      id,
      login,
      email: mail,
      name,
      rights: index % 10 === 0 ? admin : rights,
      properties: reached,
    };
  });
  return { agreements, properties: propertyList, accounts, invitations: [] };
};

/** How many access grants a snapshot holds. */
export const grantsIn = (snapshot: WorldSnapshot): number =>
  snapshot.accounts.reduce(
    (total, account) => total + (account.kind === 'non_primary' ? account.properties.length : 0),
    0,
  );

const FIRST_AGREEMENT = leidOf(0);

/** Commands on a spread of properties: half allowed, half refused, four kinds of change. */
export const commandsFor = (properties: number, count: number): Command[] =>
  Array.from({ length: count }, (_, index): Command => {
    const p = (index * 104_729) % properties;
    const primary = accountOf(Math.floor(p / PROPERTIES_PER_AGREEMENT));
    const actor = { kind: 'account', id: primary } as const;
    const tag = String(index);
    switch (index % 4) {
      case 0:
        return {
          action: 'invite',
          actor,
          now: NOW,
          property: propertyOf(p),
          invitee: {
            id: invitationId(`i${tag}`)._unsafeUnwrap(),
            name: displayName(`Guest ${tag}`)._unsafeUnwrap(),
            email: email(`guest.${tag}@example.com`)._unsafeUnwrap(),
            rights: accessRights(['inbox'])._unsafeUnwrap(),
          },
        };
      case 1:
        return { action: 'remove_property', actor, now: NOW, account: primary, property: propertyOf(p) };
      case 2:
        return {
          action: 'create_user',
          actor,
          now: NOW,
          property: propertyOf(p),
          user: {
            id: accountId(`new${tag}`)._unsafeUnwrap(),
            login: loginName(`new.${tag}`)._unsafeUnwrap(),
            email: email(`new.${tag}@example.com`)._unsafeUnwrap(),
            name: displayName(`New ${tag}`)._unsafeUnwrap(),
            rights: accessRights(['finance'])._unsafeUnwrap(),
          },
        };
      default:
        return {
          action: 'add_property',
          actor,
          now: NOW,
          agreement: FIRST_AGREEMENT,
          property: propertyOf((p + 1) % properties),
          origin: { kind: 'existing_listing' },
        };
    }
  });

/** How many properties the listing of `listingSnapshot` shows. */
export const LISTING_SIZE = 1_000;

/**
 * One agreement of {@link LISTING_SIZE} properties, as a page listing them with their actions sees
 * it: the agreement's primary account (admin of all), a non-primary admin that reaches half of
 * them, and two accounts per property that reach five properties each, one in ten an admin.
 */
export const listingSnapshot = (): WorldSnapshot => {
  const leid = leidOf(0);
  const properties: Property[] = Array.from({ length: LISTING_SIZE }, (_, index) => ({
    id: propertyOf(index),
    link: { kind: 'agreement', leid },
  }));
  const person = (index: number) => ({
    id: accountOf(index),
    login: loginName(`user.${String(index)}`)._unsafeUnwrap(),
    email: email(`user.${String(index)}@example.com`)._unsafeUnwrap(),
    name: displayName(`User ${String(index)}`)._unsafeUnwrap(),
  });
  const accounts: Account[] = [
    { kind: 'primary', ...person(0), agreement: leid },
    {
      kind: 'non_primary',
      ...person(1),
      rights: admin,
      properties: properties.slice(0, LISTING_SIZE / 2).map(({ id }) => id),
    },
    ...Array.from({ length: 2 * LISTING_SIZE }, (_, offset): Account => {
      const index = offset + 2;
      const reached = new Set(Array.from({ length: 5 }, (_, step) => propertyOf((offset * 7 + step) % LISTING_SIZE)));
      return {
        kind: 'non_primary',
        ...person(index),
        rights: index % 10 === 0 ? admin : rights,
        properties: [...reached],
      };
    }),
  ];
  return { agreements: [{ leid, status: 'active' }], properties, accounts, invitations: [] };
};
