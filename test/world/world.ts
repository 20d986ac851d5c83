import { type Command, type World, worldFrom } from 'partner-account-rules';
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
