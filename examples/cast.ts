// The people and places of the walkthrough, made with the library's smart constructors.
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
  type AccessRight,
  type NonPrimaryAccount,
  type PartnerAgreement,
  type PrimaryAccount,
  type Property,
} from '../src/index';

// Fixed example data, not user input: unwrapping is safe here, and a typo would stop the example at once.

export const rights = (...list: AccessRight[]) => accessRights(list)._unsafeUnwrap();
export const at = (iso: string) => instant(iso)._unsafeUnwrap();

const leid = (n: number) => legalEntityId(n)._unsafeUnwrap();
const property = (id: string, link: Property['link']): Property => ({ id: propertyId(id)._unsafeUnwrap(), link });

/** The Nordlys hotel group: agreement 1001, and its primary account. */
export const nordlys: PartnerAgreement = { leid: leid(1001), status: 'active' };
export const astrid: PrimaryAccount = {
  kind: 'primary',
  id: accountId('acc-astrid')._unsafeUnwrap(),
  login: loginName('Astrid.Nordlys')._unsafeUnwrap(),
  email: email('astrid@nordlys.example')._unsafeUnwrap(),
  name: displayName('Astrid Berg')._unsafeUnwrap(),
  agreement: nordlys.leid,
};

/** A lakeside inn the same family runs under a separate agreement, 2002, with its own primary. */
export const lakeside: PartnerAgreement = { leid: leid(2002), status: 'active' };
export const lars: PrimaryAccount = {
  kind: 'primary',
  id: accountId('acc-lars')._unsafeUnwrap(),
  login: loginName('lars.lakeside')._unsafeUnwrap(),
  email: email('lars@lakeside.example')._unsafeUnwrap(),
  name: displayName('Lars Berg')._unsafeUnwrap(),
  agreement: lakeside.leid,
};

export const harbour = property('nordlys-harbour', { kind: 'agreement', leid: nordlys.leid });
export const newWing = property('nordlys-new-wing', { kind: 'none' });
export const inn = property('lakeside-inn', { kind: 'agreement', leid: lakeside.leid });
export const cabin = property('fjord-cabin', { kind: 'none' });
export const annex = property('nordlys-annex', { kind: 'none' });

/** A receptionist with a regular account at the harbour hotel. */
export const maja: NonPrimaryAccount = {
  kind: 'non_primary',
  id: accountId('acc-maja')._unsafeUnwrap(),
  login: loginName('maja.front')._unsafeUnwrap(),
  email: email('maja@nordlys.example')._unsafeUnwrap(),
  name: displayName('Maja Lind')._unsafeUnwrap(),
  rights: rights('reservations', 'inbox'),
  properties: [harbour.id],
};

/** A revenue manager from an agency, outside the agreement, with a regular account elsewhere. */
export const omar: NonPrimaryAccount = {
  kind: 'non_primary',
  id: accountId('acc-omar')._unsafeUnwrap(),
  login: loginName('omar.revenue')._unsafeUnwrap(),
  email: email('omar@agency.example')._unsafeUnwrap(),
  name: displayName('Omar Haddad')._unsafeUnwrap(),
  rights: rights('rates_and_availability', 'promotions'),
  properties: [propertyId('agency-client-7')._unsafeUnwrap()],
};

/** An owner of another hotel, who holds a primary account of her own. */
export const sofia: PrimaryAccount = {
  kind: 'primary',
  id: accountId('acc-sofia')._unsafeUnwrap(),
  login: loginName('sofia.owner')._unsafeUnwrap(),
  email: email('sofia@seaview.example')._unsafeUnwrap(),
  name: displayName('Sofia Ek')._unsafeUnwrap(),
  agreement: leid(3003),
};

export const ids = {
  frontDesk: accountId('acc-lakeside-desk')._unsafeUnwrap(),
  frontDeskLogin: loginName('lakeside.desk')._unsafeUnwrap(),
  frontDeskName: displayName('Lakeside front desk')._unsafeUnwrap(),
  sofiaNew: accountId('acc-sofia-nordlys')._unsafeUnwrap(),
  sofiaNewLogin: loginName('sofia.nordlys')._unsafeUnwrap(),
  invitation: invitationId('inv-sofia-1')._unsafeUnwrap(),
};
