// The article's flows, step by step: each step is one decision and the outcome it should have.
import type { Result } from 'neverthrow';
import * as rules from '../src/index';
import type { InvalidInput, Rejection } from '../src/index';
import { annex, astrid, at, cabin, harbour, ids, inn, lakeside, lars, maja, newWing, nordlys, omar, rights, sofia } from './cast';

export interface Step {
  readonly title: { readonly en: string; readonly sv: string };
  readonly expected: 'allowed' | 'refused';
  readonly run: () => Result<{ readonly rules: readonly string[] }, Rejection | InvalidInput>;
}

const sentAt = at('2026-11-22T09:00:00Z');
const invitation = rules
  .invite({
    actor: astrid,
    property: harbour,
    invitee: { id: ids.invitation, name: sofia.name, email: sofia.email, rights: rights('reservations', 'inbox') },
    now: sentAt,
    invitations: [],
  })
  ._unsafeUnwrap().invitation;

const lakesideDesk = rules
  .createUser({
    actor: lars,
    property: inn,
    user: { id: ids.frontDesk, login: ids.frontDeskLogin, email: lars.email, name: ids.frontDeskName, rights: rights('reservations') },
    loginHolder: null,
  })
  ._unsafeUnwrap().account;

export const STEPS: readonly Step[] = [
  {
    title: { en: 'PA-8: Astrid checks which kind of account she holds', sv: 'PA-8: Astrid kontrollerar vilken typ av konto hon har' },
    expected: 'allowed',
    run: () => rules.accountType(astrid).map(() => ({ rules: ['PA-8'] })),
  },
  {
    title: { en: "PA-1: Astrid's portfolio follows from her agreement's legal entity ID", sv: 'PA-1: Astrids boenden följer av avtalets id för en juridisk person' },
    expected: 'allowed',
    run: () => rules.portfolioOf({ primary: astrid, properties: [harbour, inn, cabin] }).map(() => ({ rules: ['PA-1'] })),
  },
  {
    title: { en: 'PA-9: Maja, a regular user, asks for a primary account', sv: 'PA-9: Maja, en vanlig användare, begär ett primärt konto' },
    expected: 'refused',
    run: () => rules.requestPrimaryAccount({ requester: maja, agreement: nordlys, primaryOfAgreement: astrid }),
  },
  {
    title: { en: 'PA-10, PA-6: Astrid clicks "Add new property" for the new wing', sv: 'PA-10, PA-6: Astrid klickar på "Lägg till nytt boende" för den nya flygeln' },
    expected: 'allowed',
    run: () => rules.addProperty({ actor: astrid, primary: astrid, agreement: nordlys, property: newWing, origin: { kind: 'new_registration' } }),
  },
  {
    title: { en: 'PA-11: Maja tries to register a property', sv: 'PA-11: Maja försöker registrera ett boende' },
    expected: 'refused',
    run: () => rules.addProperty({ actor: maja, primary: astrid, agreement: nordlys, property: newWing, origin: { kind: 'new_registration' } }),
  },
  {
    title: { en: 'PA-2: Astrid tries to take the lakeside inn, which has its own agreement', sv: 'PA-2: Astrid försöker ta värdshuset vid sjön, som har ett eget avtal' },
    expected: 'refused',
    run: () => rules.addProperty({ actor: astrid, primary: astrid, agreement: nordlys, property: inn, origin: { kind: 'existing_listing' } }),
  },
  {
    title: { en: 'PA-12: Lars creates a new user, with its own login, for the inn', sv: 'PA-12: Lars skapar en ny användare, med egen inloggning, för värdshuset' },
    expected: 'allowed',
    run: () =>
      rules.createUser({
        actor: lars,
        property: inn,
        user: { id: ids.frontDesk, login: ids.frontDeskLogin, email: lars.email, name: ids.frontDeskName, rights: rights('reservations') },
        loginHolder: null,
      }),
  },
  {
    title: { en: 'PA-12: ... but not with his own login name', sv: 'PA-12: ... men inte med sitt eget användarnamn' },
    expected: 'refused',
    run: () =>
      rules.createUser({
        actor: lars,
        property: inn,
        user: { id: ids.frontDesk, login: lars.login, email: lars.email, name: ids.frontDeskName, rights: rights('reservations') },
        loginHolder: lars.id,
      }),
  },
  {
    title: { en: 'PA-3: Astrid tries to take a cabin that belongs to no agreement', sv: 'PA-3: Astrid försöker ta en stuga som inte ingår i något avtal' },
    expected: 'refused',
    run: () => rules.addProperty({ actor: astrid, primary: astrid, agreement: nordlys, property: cabin, origin: { kind: 'existing_listing' } }),
  },
  {
    title: { en: 'PA-4: the platform attaches the cabin internally; it stays unlinked', sv: 'PA-4: plattformen kopplar stugan internt; den förblir utan avtal' },
    expected: 'allowed',
    run: () => rules.addProperty({ actor: rules.PLATFORM, primary: astrid, agreement: nordlys, property: cabin, origin: { kind: 'existing_listing' } }),
  },
  {
    title: { en: 'PA-5: Nordlys, an existing partner given its LEID while adding the annex, adds it', sv: 'PA-5: Nordlys, en befintlig partner som fick sitt id när annexet lades till, lägger till det' },
    expected: 'allowed',
    run: () =>
      rules.addProperty({ actor: astrid, primary: astrid, agreement: nordlys, property: annex, origin: { kind: 'assigned_leid', leid: nordlys.leid, partnerExisted: true } }),
  },
  {
    title: { en: 'PA-13, PA-14: Astrid adds Omar, an outside user, by username and email', sv: 'PA-13, PA-14: Astrid lägger till Omar, en extern användare, med användarnamn och mejladress' },
    expected: 'allowed',
    run: () => rules.addUser({ actor: astrid, property: harbour, username: omar.login, email: omar.email, accountWithUsername: omar }),
  },
  {
    title: { en: 'PA-14: Astrid tries to add Sofia, who holds a primary account', sv: 'PA-14: Astrid försöker lägga till Sofia, som har ett primärt konto' },
    expected: 'refused',
    run: () => rules.addUser({ actor: astrid, property: harbour, username: sofia.login, email: sofia.email, accountWithUsername: sofia }),
  },
  {
    title: { en: 'PA-15: Astrid invites Sofia by name and email instead', sv: 'PA-15: Astrid bjuder in Sofia med namn och mejladress i stället' },
    expected: 'allowed',
    run: () =>
      rules.invite({
        actor: astrid,
        property: harbour,
        invitee: { id: ids.invitation, name: sofia.name, email: sofia.email, rights: rights('reservations', 'inbox') },
        now: sentAt,
        invitations: [],
      }),
  },
  {
    title: { en: 'CX-1: Maja, without admin rights, tries to invite someone', sv: 'CX-1: Maja, utan administratörsrättigheter, försöker bjuda in någon' },
    expected: 'refused',
    run: () =>
      rules.invite({
        actor: maja,
        property: harbour,
        invitee: { id: ids.invitation, name: omar.name, email: omar.email, rights: rights('inbox') },
        now: sentAt,
        invitations: [],
      }),
  },
  {
    title: { en: 'PA-16: Sofia accepts with her primary login name', sv: 'PA-16: Sofia accepterar med användarnamnet för sitt primära konto' },
    expected: 'refused',
    run: () =>
      rules.acceptInvitation({
        invitation,
        now: at('2026-11-23T10:00:00Z'),
        account: { id: ids.sofiaNew, login: sofia.login },
        inviteePrimary: sofia,
        loginHolder: sofia.id,
      }),
  },
  {
    title: { en: 'PA-16: Sofia accepts with a new login name', sv: 'PA-16: Sofia accepterar med ett nytt användarnamn' },
    expected: 'allowed',
    run: () =>
      rules.acceptInvitation({ invitation, now: at('2026-11-23T10:00:00Z'), account: { id: ids.sofiaNew, login: ids.sofiaNewLogin }, inviteePrimary: sofia, loginHolder: null }),
  },
  {
    title: { en: 'CX-6: the same invitation, opened eight days later', sv: 'CX-6: samma inbjudan, öppnad åtta dagar senare' },
    expected: 'refused',
    run: () =>
      rules.acceptInvitation({ invitation, now: at('2026-11-30T10:00:00Z'), account: { id: ids.sofiaNew, login: ids.sofiaNewLogin }, inviteePrimary: sofia, loginHolder: null }),
  },
  {
    title: { en: "PA-7: someone tries to reduce the primary account's admin rights", sv: 'PA-7: någon försöker minska det primära kontots administratörsrättigheter' },
    expected: 'refused',
    run: () => rules.setAccessRights({ actor: astrid, target: astrid, property: harbour, reached: [harbour], rights: rights('reservations') }),
  },
  {
    title: { en: 'CX-3: Astrid makes Maja an admin', sv: 'CX-3: Astrid gör Maja till administratör' },
    expected: 'allowed',
    run: () => rules.grantAdmin({ actor: astrid, target: maja, property: harbour, reached: [harbour] }),
  },
  {
    title: { en: 'CX-2: Lars tries to change rights of an account that also reaches Nordlys', sv: 'CX-2: Lars försöker ändra rättigheter för ett konto som även når Nordlys' },
    expected: 'refused',
    run: () =>
      rules.setAccessRights({
        actor: lars,
        target: { ...lakesideDesk, properties: [inn.id, harbour.id] },
        property: inn,
        reached: [inn, harbour],
        rights: rights('finance'),
      }),
  },
  {
    title: { en: 'PA-17: Astrid tries to remove the harbour hotel from her primary account', sv: 'PA-17: Astrid försöker ta bort hamnhotellet från sitt primära konto' },
    expected: 'refused',
    run: () => rules.removeProperty({ actor: astrid, account: astrid, property: harbour }),
  },
  {
    title: { en: "CX-1: Astrid removes the harbour hotel from Maja's account", sv: 'CX-1: Astrid tar bort hamnhotellet från Majas konto' },
    expected: 'allowed',
    run: () => rules.removeProperty({ actor: astrid, account: maja, property: harbour }),
  },
  {
    title: { en: 'PA-18: Astrid tries to change the ownership of the harbour hotel herself', sv: 'PA-18: Astrid försöker själv byta ägare för hamnhotellet' },
    expected: 'refused',
    run: () => rules.changeOwnership({ actor: astrid, property: harbour, to: lakeside, accessHolders: [maja], invitations: [invitation], now: at('2026-12-01T00:00:00Z') }),
  },
  {
    title: { en: 'PA-18, CX-5: the platform moves the harbour hotel to the lakeside agreement', sv: 'PA-18, CX-5: plattformen flyttar hamnhotellet till sjöns avtal' },
    expected: 'allowed',
    run: () =>
      rules.changeOwnership({ actor: rules.PLATFORM, property: harbour, to: lakeside, accessHolders: [maja], invitations: [invitation], now: at('2026-12-01T00:00:00Z') }),
  },
];
