import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { canRecontractProperty, PLATFORM, recontractProperty } from '../../src/index';
import { agreement, attached, leid, linked, pid, primary } from '../fixtures';

const owner = primary('owner', 1);
const hotel = linked('h1', 1);

describe('recontractProperty', () => {
  it('PA-18: the platform re-contracts a property under a new agreement; it leaves the old portfolio', () => {
    expect(recontractProperty({ actor: PLATFORM, property: hotel, to: agreement(2) })).toStrictEqual(
      ok({
        rules: ['PA-18'],
        property: { id: pid('h1'), link: { kind: 'agreement', leid: leid(2) } },
        previous: { kind: 'agreement', leid: leid(1) },
      }),
    );
  });

  it('PA-18: a partner account cannot re-contract; the remedy to request it is offered for a property it reaches', () => {
    expect(canRecontractProperty({ actor: owner, property: hotel, to: agreement(2) })).toStrictEqual(
      err({
        code: 'platform_operation_only',
        rules: ['PA-18'],
        facts: { actor: { kind: 'primary', id: owner.id }, operation: 'recontract_property' },
        remedies: [{ kind: 'recontract_property', rule: 'PA-18', property: pid('h1') }],
      }),
    );
    // Of a property it does not reach it is told nothing but the refusal.
    expect(canRecontractProperty({ actor: owner, property: linked('h9', 9), to: agreement(2) })).toStrictEqual(
      err({
        code: 'platform_operation_only',
        rules: ['PA-18'],
        facts: { actor: { kind: 'primary', id: owner.id }, operation: 'recontract_property' },
        remedies: [],
      }),
    );
  });

  it('PA-18: a property cannot move to the agreement it already has, nor to a terminated one', () => {
    expect(canRecontractProperty({ actor: PLATFORM, property: hotel, to: agreement(1) })).toStrictEqual(
      err({
        code: 'property_already_in_agreement',
        rules: ['PA-18'],
        facts: { property: pid('h1'), agreement: leid(1) },
        remedies: [],
      }),
    );
    expect(
      canRecontractProperty({ actor: PLATFORM, property: hotel, to: agreement(2, 'terminated') })._unsafeUnwrapErr()
        .code,
    ).toBe('agreement_is_terminated');
  });

  it('PA-18, PA-4: a property the platform attached can be re-contracted under that same agreement, and becomes linked', () => {
    expect(recontractProperty({ actor: PLATFORM, property: attached('h2', 1), to: agreement(1) })).toStrictEqual(
      ok({
        rules: ['PA-18'],
        property: { id: pid('h2'), link: { kind: 'agreement', leid: leid(1) } },
        previous: { kind: 'attached', primaryOf: leid(1) },
      }),
    );
  });
});
