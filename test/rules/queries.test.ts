import { ok } from 'neverthrow';
import { describe, expect, test } from 'vitest';
import { accessTo, FULL_ADMIN, invitationStatus, NO_RIGHTS, portfolioOf } from '../../src/index';
import { at, attached, invitation, linked, pid, primary, rights, unlinked, user } from '../fixtures';

const owner = primary('owner', 1);

describe('portfolioOf', () => {
  test('PA-1: the portfolio is every property with the agreement\'s LEID, derived, never stored', () => {
    const properties = [linked('h1', 1), linked('h2', 2), unlinked('h3'), linked('h4', 1)];
    expect(portfolioOf({ primary: owner, properties })).toStrictEqual(ok([pid('h1'), pid('h4')]));
  });

  test('PA-4: an unlinked property the platform attached is in the portfolio of that primary only', () => {
    const properties = [attached('h5', 1), attached('h6', 2)];
    expect(portfolioOf({ primary: owner, properties })).toStrictEqual(ok([pid('h5')]));
  });
});

describe('accessTo', () => {
  test('PA-7: a primary account reaches its portfolio with full admin rights', () => {
    expect(accessTo({ account: owner, property: linked('h1', 1) })).toStrictEqual(ok({ reaches: true, rights: FULL_ADMIN }));
  });

  test('CX-2: a non-primary account reaches what it was given, with its account-wide rights', () => {
    const clerk = user('clerk', ['h1', 'h7'], 'inbox');
    expect(accessTo({ account: clerk, property: linked('h7', 7) })).toStrictEqual(ok({ reaches: true, rights: rights('inbox') }));
    expect(accessTo({ account: clerk, property: linked('h8', 1) })).toStrictEqual(ok({ reaches: false, rights: NO_RIGHTS }));
  });
});

describe('invitationStatus', () => {
  test('CX-6: an invitation is pending for 7 days, then expired; time is an input', () => {
    const sent = invitation('inv-1', 'h1', 'ola@example.no', '2026-11-22T08:00:00Z');
    const expiresAt = at('2026-11-29T08:00:00Z');
    expect(invitationStatus({ invitation: sent, now: at('2026-11-22T08:00:00Z') })).toStrictEqual(ok({ state: 'pending', expiresAt }));
    expect(invitationStatus({ invitation: sent, now: expiresAt })).toStrictEqual(ok({ state: 'expired', expiresAt }));
  });
});
