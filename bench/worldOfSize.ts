// A synthetic extranet of a given size, shaped like a large hotel chain's: one agreement (and
// its primary account) per 50 properties, 2 accounts and 10 access grants per property. Shared
// by the scale check (`npm run scale`) and the benchmarks.
import type { Account, Instant, PartnerAgreement, Property, WorldSnapshot } from '../src/index';
import { accessRights, accountId, displayName, email, instant, legalEntityId, loginName, propertyId } from '../src/index';

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
  const agreements: PartnerAgreement[] = Array.from({ length: agreementCount }, (_, index) => ({ leid: leidOf(index), status: 'active' }));
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
    const reached = Array.from({ length: Math.min(span, properties - start) }, (_, offset) => propertyOf(start + offset));
    return { kind: 'non_primary', id, login, email: mail, name, rights: index % 10 === 0 ? admin : rights, properties: reached };
  });
  return { agreements, properties: propertyList, accounts, invitations: [] };
};

/** How many access grants a snapshot holds. */
export const grantsIn = (snapshot: WorldSnapshot): number =>
  snapshot.accounts.reduce((total, account) => total + (account.kind === 'non_primary' ? account.properties.length : 0), 0);
