import { err } from 'neverthrow';
import { type CommandActor, execute, viewOf } from 'partner-account-rules';
import { describe, expect, it } from 'vitest';

import { by, command, world } from './world';

// What an actor may see (docs/rules.md), on the small world: the noninterference test holds the
// view alike in worlds that differ out of sight; these say what it holds.

const missing = (id: string) =>
  err({ code: 'record_not_found', rules: [], facts: { record: 'invitation', id }, remedies: [] });

describe('viewOf', () => {
  it('shows a primary account its own agreement, and a non-primary account the agreements of what it reaches', () => {
    const anna = viewOf(world(), by('anna') as CommandActor)._unsafeUnwrap();
    expect(anna.agreements).toStrictEqual([{ leid: 1, status: 'active' }]);
    expect(anna.properties.map(({ id }) => id)).toStrictEqual(['h1']);
    const carl = viewOf(world(), by('carl') as CommandActor)._unsafeUnwrap();
    expect(carl.agreements).toStrictEqual([{ leid: 1, status: 'active' }]);
  });

  it('answers an invitee whose invitation the world does not hold that the invitation is not found', () => {
    expect(viewOf(world(), { kind: 'invitee', invitation: 'i9' } as CommandActor)).toStrictEqual(missing('i9'));
    const accepting = command({
      action: 'accept_invitation',
      actor: { kind: 'invitee', invitation: 'i9' },
      account: 'new-1',
      login: 'dana',
    });
    expect(execute(world(), accepting)).toStrictEqual(missing('i9'));
  });
});
