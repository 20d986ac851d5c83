import { frozenDeep, trustFrozen } from '../validation/trust';
import type { NonPrimaryAccount, PrimaryAccount } from '../values/account';
import { accountShape, MAX_RECORDS } from '../values/account';
import { agreementShape, type PartnerAgreement } from '../values/agreement';
import { type Invitation, invitationShape } from '../values/invitation';
import { type Property, propertyShape } from '../values/property';

// The records a decision hands back, built field by field in the order of their shape (one
// hidden class per record kind, no spread that adds fields) from parts already checked, then
// frozen and trusted: a later decision given one of them does not check it again. Each builder
// freezes the parts that can be new (a list, a status, a link) and then the record itself, which
// costs less than walking every field; a test walks every record handed out to hold them to it.

/**
 * A non-primary account made of checked parts (its kind is the builder's to write). One that a
 * decision gave a property past `MAX_RECORDS` is frozen but not trusted: the full check, which
 * refuses it, decides.
 */
export const nonPrimaryRecord = (account: Omit<NonPrimaryAccount, 'kind'>): NonPrimaryAccount => {
  const record: NonPrimaryAccount = {
    kind: 'non_primary',
    id: account.id,
    login: account.login,
    email: account.email,
    name: account.name,
    rights: frozenDeep(account.rights),
    properties: frozenDeep(account.properties),
  };
  Object.freeze(record);
  return record.properties.length <= MAX_RECORDS ? trustFrozen(record, accountShape.cases.non_primary) : record;
};

/** A primary account made of checked parts (its kind is the builder's to write). */
export const primaryRecord = (account: Omit<PrimaryAccount, 'kind'>): PrimaryAccount =>
  trustFrozen(
    Object.freeze({
      kind: 'primary',
      id: account.id,
      login: account.login,
      email: account.email,
      name: account.name,
      agreement: account.agreement,
    }),
    accountShape.cases.primary,
  );

/** An invitation made of checked parts. */
export const invitationRecord = (invitation: Invitation): Invitation =>
  trustFrozen(
    Object.freeze({
      id: invitation.id,
      property: invitation.property,
      invitedBy: invitation.invitedBy,
      name: invitation.name,
      email: invitation.email,
      rights: frozenDeep(invitation.rights),
      sentAt: invitation.sentAt,
      status: frozenDeep(invitation.status),
    }),
    invitationShape.fields,
  );

/** A property made of checked parts. */
export const propertyRecord = (property: Property): Property =>
  trustFrozen(Object.freeze({ id: property.id, link: frozenDeep(property.link) }), propertyShape.fields);

/** An agreement made of checked parts. */
export const agreementRecord = (agreement: PartnerAgreement): PartnerAgreement =>
  trustFrozen(Object.freeze({ leid: agreement.leid, status: agreement.status }), agreementShape.fields);
