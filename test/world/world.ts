import { type Command, type PropertyLink, type World, worldFrom } from 'partner-account-rules';
import { parseCommand, parseSnapshot } from 'partner-account-rules/schema';

// A small world for the world's tests, read from JSON as a user would.
export const SNAPSHOT = {
  agreements: [
    { leid: 1, status: 'active' },
    { leid: 2, status: 'active' },
  ],
  properties: [
    { id: 'h1', link: { kind: 'agreement', leid: 1 } },
    { id: 'h2', link: { kind: 'agreement', leid: 2 } },
    { id: 'h9', link: { kind: 'none' } },
  ],
  accounts: [
    { kind: 'primary', id: 'anna', login: 'anna', email: 'anna@example.com', name: 'Anna', agreement: 1 },
    { kind: 'primary', id: 'bo', login: 'bo', email: 'bo@example.com', name: 'Bo', agreement: 2 },
    {
      kind: 'non_primary',
      id: 'carl',
      login: 'carl',
      email: 'carl@example.com',
      name: 'Carl',
      rights: ['inbox'],
      properties: ['h1'],
    },
  ],
  invitations: [],
};

export const world = (): World => worldFrom(parseSnapshot(SNAPSHOT)._unsafeUnwrap())._unsafeUnwrap();

/** A command from JSON, at 2026-11-22T10:00:00Z unless it says otherwise. */
export const command = (json: Record<string, unknown>): Command =>
  parseCommand({ now: '2026-11-22T10:00:00Z', ...json })._unsafeUnwrap();

export const by = (id: string) => ({ kind: 'account', id });

/** An invitation as a snapshot lists it: Anna's, to G, for h1, pending; `changes` alter it. */
export const invitationJson = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'i1',
  property: 'h1',
  invitedBy: 'anna',
  name: 'G',
  email: 'g@example.com',
  rights: ['inbox'],
  sentAt: 1_000,
  status: { kind: 'pending' },
  ...changes,
});

/** Records in order of ID, as the world lists them: the tests' oracles sort with it. */
export const byId = <T extends { readonly id: string }>(records: readonly T[]): T[] =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The agreement whose portfolio a property is in (PA-1), read off its link; `null` for none. */
export const portfolioOf = ({ link }: { readonly link: PropertyLink }): number | null =>
  link.kind === 'agreement' ? link.leid : link.kind === 'attached' ? link.primaryOf : null;
