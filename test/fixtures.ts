import {
  type AccessRight,
  accessRights,
  accountId,
  displayName,
  email,
  instant,
  type Invitation,
  invitationId,
  type LegalEntityId,
  legalEntityId,
  loginName,
  type NonPrimaryAccount,
  type PartnerAgreement,
  type PrimaryAccount,
  type Property,
  type PropertyId,
  propertyId,
} from '../src/index';

// Test values, built only through the smart constructors, so a fixture can never hold a value
// the library itself would refuse.

export const leid = (value: number): LegalEntityId => legalEntityId(value)._unsafeUnwrap();
export const pid = (value: string): PropertyId => propertyId(value)._unsafeUnwrap();
export const at = (iso: string) => instant(iso)._unsafeUnwrap();
export const rights = (...list: AccessRight[]) => accessRights(list)._unsafeUnwrap();

export const agreement = (id: number, status: PartnerAgreement['status'] = 'active'): PartnerAgreement => ({
  leid: leid(id),
  status,
});

export const linked = (id: string, agreementId: number): Property => ({
  id: pid(id),
  link: { kind: 'agreement', leid: leid(agreementId) },
});
export const unlinked = (id: string): Property => ({ id: pid(id), link: { kind: 'none' } });
export const attached = (id: string, agreementId: number): Property => ({
  id: pid(id),
  link: { kind: 'attached', primaryOf: leid(agreementId) },
});

export const primary = (id: string, agreementId: number): PrimaryAccount => ({
  kind: 'primary',
  id: accountId(id)._unsafeUnwrap(),
  login: loginName(id)._unsafeUnwrap(),
  email: email(`${id}@example.com`)._unsafeUnwrap(),
  name: displayName(`Owner ${id}`)._unsafeUnwrap(),
  agreement: leid(agreementId),
});

export const user = (id: string, properties: readonly string[], ...given: AccessRight[]): NonPrimaryAccount => ({
  kind: 'non_primary',
  id: accountId(id)._unsafeUnwrap(),
  login: loginName(id)._unsafeUnwrap(),
  email: email(`${id}@example.com`)._unsafeUnwrap(),
  name: displayName(`User ${id}`)._unsafeUnwrap(),
  rights: rights(...given),
  properties: properties.map(pid),
});

export const invitation = (
  id: string,
  property: string,
  to: string,
  sentAt: string,
  status: Invitation['status'] = { kind: 'pending' },
): Invitation => ({
  id: invitationId(id)._unsafeUnwrap(),
  property: pid(property),
  invitedBy: accountId('owner')._unsafeUnwrap(),
  name: displayName('Invited Person')._unsafeUnwrap(),
  email: email(to)._unsafeUnwrap(),
  rights: rights('reservations'),
  sentAt: at(sentAt),
  status,
});

/** Freezes a value and everything it holds, so a test notices any attempt to mutate it. */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze(Reflect.get(value, key));
  }
  return value;
};
