import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { portfolioOf } from '../../src/index';
import { attached, linked, pid, primary, unlinked } from '../fixtures';

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
