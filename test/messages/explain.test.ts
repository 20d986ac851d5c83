import { describe, expect, it } from 'vitest';

import {
  addProperty,
  email,
  explain,
  explainAccountKind,
  explainIssue,
  explainRemedy,
  explainValueError,
  type InvalidInput,
  type Rejection,
  removeProperty,
} from '../../src';
import { en } from '../../src/messages/en';
import { sv } from '../../src/messages/sv';
import { linked, primary, unlinked, user } from '../fixtures';

const owner = primary('owner', 1);

describe('describe', () => {
  it('PA-17: explains in English why a primary account keeps its properties', () => {
    const rejection = removeProperty({ actor: owner, account: owner, property: linked('h1', 1) })._unsafeUnwrapErr();
    expect(explain(rejection, 'en')).toBe(
      'Property "h1" cannot be removed from primary account "owner": a primary account always holds every property of its agreement (legal entity ID 1).',
    );
  });

  it("PA-17: and in Swedish, in the Swedish article's terms", () => {
    const rejection = removeProperty({ actor: owner, account: owner, property: linked('h1', 1) })._unsafeUnwrapErr();
    const text = explain(rejection, 'sv');
    expect(text).toContain('primära kontot');
    expect(text).toContain('Boendet "h1"');
    expect(text).toContain('id för en juridisk person 1');
  });

  it('PA-11: names the actor and the property in the message', () => {
    const rejection = addProperty({
      actor: user('clerk', []),
      primary: owner,
      agreement: { leid: owner.agreement, status: 'active' },
      property: unlinked('h2'),
      origin: { kind: 'new_registration' },
    })._unsafeUnwrapErr();
    expect(explain(rejection, 'en')).toContain('non-primary account "clerk"');
    expect(explain(rejection, 'sv')).toContain('icke-primärt konto "clerk"');
  });

  it('lists each issue of malformed input with its path', () => {
    const invalid: InvalidInput = {
      code: 'invalid_input',
      issues: [
        { path: ['invitee', 'email'], problem: { code: 'malformed_email' } },
        { path: ['invitations', 2, 'sentAt'], problem: { code: 'not_integer' } },
      ],
    };
    expect(explain(invalid, 'en')).toBe(
      'The request is malformed, so nothing was decided: invitee.email: is not a well-formed email address; invitations[2].sentAt: must be a whole number.',
    );
    expect(explain(invalid, 'sv')).toContain('invitee.email: är ingen giltig mejladress');
  });

  it('answers, without throwing, for something that is not a rejection', () => {
    expect(explain({ code: 'no_such_code' } as unknown as Rejection, 'en')).toBe(en.unknown);
    expect(explain(null as unknown as Rejection, 'sv')).toBe(sv.unknown);
    expect(explain({ code: 'login_taken' } as unknown as Rejection, 'en')).toBe(en.unknown);
  });

  it('answers at once for a list of four billion holes, a cycle, and a long list it names the first of', () => {
    const holes: unknown[] = [];
    holes.length = 2 ** 32 - 1;
    const cycle: Record<string, unknown> = { kind: 'ask_property_admin', rule: 'CX-1' };
    cycle['property'] = cycle;
    expect(explainRemedy({ kind: 'ask_property_admin', rule: 'CX-1', property: holes } as never, 'en')).toMatch(
      /^Ask an admin of property "/u,
    );
    expect(explainRemedy(cycle as never, 'en')).toBe('Ask an admin of property "[object Object]".');
    expect(
      explainIssue(
        { path: holes, problem: { code: 'wrong_type', expected: holes, received: 'number' } } as never,
        'en',
      ),
    ).toMatch(/…: expected/u);
    const many = Array.from({ length: 25 }, (_, index) => `h${String(index)}`);
    const reach = {
      code: 'rights_reach_other_properties',
      rules: ['CX-2'],
      facts: { account: 'u1', properties: many },
      remedies: [],
    };
    expect(explain(reach as never, 'en')).toContain('"h8", "h9" … (+15), which you do not administer');
  });
});

describe('explainRemedy, explainValueError, explainAccountKind', () => {
  it('PA-9: the remedy to request a primary account reads in both languages', () => {
    const remedy = { kind: 'request_primary_account', rule: 'PA-9', agreement: 4711 as never } as const;
    expect(explainRemedy(remedy, 'en')).toBe(
      'Ask the platform for a primary account for the agreement with legal entity ID 4711.',
    );
    expect(explainRemedy(remedy, 'sv')).toBe(
      'Be plattformen om ett primärt konto för avtalet med id för en juridisk person 4711.',
    );
  });

  it('a value error names the value and what was wrong', () => {
    expect(explainValueError(email('anna@')._unsafeUnwrapErr(), 'en')).toBe(
      'email address: is not a well-formed email address',
    );
    expect(explainValueError(email('anna@')._unsafeUnwrapErr(), 'sv')).toBe('mejladress: är ingen giltig mejladress');
  });

  it('PA-8: the account kinds have their extranet names', () => {
    expect(explainAccountKind('non_primary', 'en')).toBe('non-primary account');
    expect(explainAccountKind('non_primary', 'sv')).toBe('icke-primärt konto');
  });

  it('every text table has the same entries in English and Swedish', () => {
    for (const table of ['rejection', 'remedy', 'problem', 'value', 'accountKind'] as const) {
      expect(Object.keys(sv[table]).sort()).toStrictEqual(Object.keys(en[table]).sort());
    }
  });
});

describe('explainIssue', () => {
  it('names the path inside the input and what is wrong there, in either language', () => {
    const issue = { path: ['steps', 2, 'actr'], problem: { code: 'unknown_field' } } as const;
    expect(explainIssue(issue, 'en')).toBe('steps[2].actr: is not a field here (check its spelling)');
    expect(explainIssue(issue, 'sv')).toBe('steps[2].actr: är inget fält som hör hemma här (kontrollera stavningen)');
    expect(explainIssue({ path: [], problem: { code: 'not_a_world' } }, 'en')).toMatch(
      /^\(input\): is not a world made by this library/u,
    );
  });
});
