import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { portfolioOf } from '../../src/index';
import { adminStanding, portfolioLeid } from '../../src/rules/reach';
import { attached, leid, linked, pid, primary, unlinked, user } from '../fixtures';

const owner = primary('owner', 1);

describe('portfolioOf', () => {
  it("PA-1: the portfolio is every property with the agreement's LEID, derived, never stored", () => {
    const properties = [linked('h1', 1), linked('h2', 2), unlinked('h3'), linked('h4', 1)];
    expect(portfolioOf({ primary: owner, properties })).toStrictEqual(ok([pid('h1'), pid('h4')]));
  });

  it('PA-4: an unlinked property the platform attached is in the portfolio of that primary only', () => {
    const properties = [attached('h5', 1), attached('h6', 2)];
    expect(portfolioOf({ primary: owner, properties })).toStrictEqual(ok([pid('h5')]));
  });
});

describe('portfolioLeid and adminStanding', () => {
  it('PA-1: an unlinked property is in no portfolio: its LEID is null, not left undefined', () => {
    expect(portfolioLeid(unlinked('h3').link)).toBeNull();
    expect(portfolioLeid(linked('h1', 1).link)).toBe(leid(1));
    expect(portfolioLeid(attached('h5', 2).link)).toBe(leid(2));
  });

  it('CX-1: a record of another property than the one asked about grants no standing', () => {
    const manager = user('manager', ['h1'], 'admin');
    expect(adminStanding(manager, pid('h1'), linked('h1', 1))).toBeNull();
    expect(adminStanding(manager, pid('h2'), linked('h1', 1))).toMatchObject({
      code: 'actor_not_admin',
      facts: { property: pid('h2') },
    });
    expect(adminStanding(owner, pid('h2'), linked('h1', 1))?.code).toBe('actor_not_admin');
  });
});
