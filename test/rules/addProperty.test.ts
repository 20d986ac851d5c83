import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { addProperty, type AddPropertyRequest, canAddProperty, PLATFORM, type PropertyOrigin } from '../../src/index';
import { agreement, attached, leid, linked, pid, primary, unlinked, user } from '../fixtures';

const owner = primary('owner', 100);
const ours = agreement(100);
const NEW: PropertyOrigin = { kind: 'new_registration' };
const EXISTING: PropertyOrigin = { kind: 'existing_listing' };

const request = (overrides: Partial<AddPropertyRequest>): AddPropertyRequest => ({
  actor: owner,
  primary: owner,
  agreement: ours,
  property: unlinked('fresh'),
  origin: NEW,
  ...overrides,
});

describe('addProperty', () => {
  it('PA-10, PA-6: the logged-in primary account registers a new property, which becomes linked to its agreement', () => {
    expect(addProperty(request({}))).toStrictEqual(
      ok({
        rules: ['PA-10', 'PA-6'],
        primary: owner.id,
        property: { id: pid('fresh'), link: { kind: 'agreement', leid: leid(100) } },
        link: { kind: 'agreement', leid: leid(100) },
      }),
    );
  });

  it('PA-11: a non-primary account is blocked from registering a property, even as an admin', () => {
    const admin = user('manager', ['h1'], 'admin');
    expect(addProperty(request({ actor: admin }))).toStrictEqual(
      err({
        code: 'non_primary_cannot_add_property',
        rules: ['PA-11'],
        facts: { actor: { kind: 'non_primary', id: admin.id } },
        remedies: [
          { kind: 'ask_primary_account', rule: 'PA-10', agreement: null },
          { kind: 'request_primary_account', rule: 'PA-9', agreement: null },
        ],
      }),
    );
  });

  it('PA-11: the refusal is one answer whatever the agreement and the property: it tells nothing of them', () => {
    const clerk = user('clerk', ['h1'], 'admin');
    const answer = addProperty(request({ actor: clerk }));
    for (const other of [
      request({ actor: clerk, primary: null }),
      request({ actor: clerk, agreement: agreement(100, 'terminated') }),
      request({ actor: clerk, property: linked('theirs', 200), origin: EXISTING }),
      request({ actor: clerk, primary: primary('other', 100), agreement: agreement(100) }),
    ])
      expect(addProperty(other)).toStrictEqual(answer);
  });

  it('PA-10, PA-4: nothing is added to an agreement without a primary account, by the platform either', () => {
    expect(addProperty(request({ actor: PLATFORM, primary: null, origin: EXISTING }))._unsafeUnwrapErr()).toMatchObject(
      {
        code: 'agreement_has_no_primary',
        rules: ['PA-10', 'PA-4'],
        remedies: [{ kind: 'grant_primary_account', rule: 'PA-9', agreement: leid(100) }],
      },
    );
  });

  it('PA-10: the primary account of another agreement cannot register a property for this one', () => {
    const stranger = primary('stranger', 200);
    expect(addProperty(request({ actor: stranger }))).toStrictEqual(
      err({
        code: 'actor_is_not_this_primary',
        rules: ['PA-10'],
        facts: { actor: { kind: 'primary', id: stranger.id }, agreement: leid(100) },
        remedies: [],
      }),
    );
    // Its standing is looked at first: whether the agreement has a primary, or is in force, is not told.
    for (const other of [
      request({ actor: stranger, primary: null }),
      request({ actor: stranger, agreement: agreement(100, 'terminated') }),
    ])
      expect(addProperty(other)).toStrictEqual(addProperty(request({ actor: stranger })));
  });

  it("INV-2: a primary account named with another account as its agreement's primary is refused as not this primary", () => {
    expect(addProperty(request({ primary: primary('other', 100) }))).toStrictEqual(
      err({
        code: 'actor_is_not_this_primary',
        rules: ['PA-10'],
        facts: { actor: { kind: 'primary', id: owner.id }, agreement: leid(100) },
        remedies: [],
      }),
    );
  });

  it('PA-10: a primary account named with no primary for its agreement is offered no remedy of the platform', () => {
    expect(addProperty(request({ primary: null }))).toStrictEqual(
      err({
        code: 'agreement_has_no_primary',
        rules: ['PA-10', 'PA-4'],
        facts: { actor: { kind: 'primary', id: owner.id }, agreement: leid(100) },
        remedies: [],
      }),
    );
  });

  it('PA-10: the primary account of another agreement cannot take an existing listing for this one either', () => {
    const stranger = primary('stranger', 200);
    for (const property of [unlinked('loose'), linked('mine', 100), linked('theirs', 200)]) {
      expect(addProperty(request({ actor: stranger, property, origin: EXISTING }))._unsafeUnwrapErr().code).toBe(
        'actor_is_not_this_primary',
      );
    }
  });

  it("PA-4: the platform attaches existing listings only; a new registration or an assigned LEID is the primary account's to make", () => {
    expect(addProperty(request({ actor: PLATFORM }))).toStrictEqual(
      err({
        code: 'platform_attaches_existing_listings_only',
        rules: ['PA-4'],
        facts: { property: pid('fresh'), origin: 'new_registration' },
        remedies: [{ kind: 'ask_primary_account', rule: 'PA-10', agreement: leid(100) }],
      }),
    );
  });

  it('PA-2: a property linked to another agreement cannot be taken, and the remedy is a new non-primary account (PA-12)', () => {
    expect(addProperty(request({ property: linked('theirs', 200), origin: EXISTING }))).toStrictEqual(
      err({
        code: 'property_not_in_agreement',
        rules: ['PA-2', 'PA-3'],
        facts: { property: pid('theirs'), agreement: leid(100) },
        remedies: [
          { kind: 'create_non_primary_account', rule: 'PA-12', property: pid('theirs') },
          { kind: 'ask_platform_to_attach', rule: 'PA-4', property: pid('theirs') },
        ],
      }),
    );
  });

  it('PA-2, PA-3: a primary account gets one answer for any property outside its agreement, whatever holds it', () => {
    const answer = addProperty(request({ property: unlinked('outside'), origin: EXISTING }));
    for (const property of [linked('outside', 200), attached('outside', 300)])
      expect(addProperty(request({ property, origin: EXISTING }))).toStrictEqual(answer);
    // A new registration of a property that is linked elsewhere is the same refusal.
    expect(addProperty(request({ property: linked('outside', 200) }))).toStrictEqual(answer);
  });

  it('PA-2: the platform cannot attach a property that belongs to another agreement either, and is told which', () => {
    expect(addProperty(request({ actor: PLATFORM, property: linked('theirs', 200), origin: EXISTING }))).toStrictEqual(
      err({
        code: 'property_in_other_agreement',
        rules: ['PA-2'],
        facts: { property: pid('theirs'), propertyAgreement: leid(200), agreement: leid(100) },
        remedies: [{ kind: 'create_non_primary_account', rule: 'PA-12', property: pid('theirs') }],
      }),
    );
  });

  it('PA-3: a primary account cannot take an existing property linked to no agreement: only the platform attaches', () => {
    expect(addProperty(request({ property: unlinked('loose'), origin: EXISTING }))._unsafeUnwrapErr()).toMatchObject({
      code: 'property_not_in_agreement',
      rules: ['PA-2', 'PA-3'],
      remedies: [
        { kind: 'create_non_primary_account', rule: 'PA-12', property: pid('loose') },
        { kind: 'ask_platform_to_attach', rule: 'PA-4', property: pid('loose') },
      ],
    });
  });

  it('PA-4: the platform, acting internally, attaches an unlinked property, which stays unlinked', () => {
    expect(addProperty(request({ actor: PLATFORM, property: unlinked('loose'), origin: EXISTING }))).toStrictEqual(
      ok({
        rules: ['PA-4'],
        primary: owner.id,
        property: { id: pid('loose'), link: { kind: 'attached', primaryOf: leid(100) } },
        link: { kind: 'attached', primaryOf: leid(100) },
      }),
    );
  });

  it('PA-4: the platform cannot attach a property it attached to another primary account', () => {
    expect(
      addProperty(request({ actor: PLATFORM, property: attached('elsewhere', 300), origin: EXISTING })),
    ).toStrictEqual(
      err({
        code: 'property_attached_to_other_primary',
        rules: ['PA-4'],
        facts: { property: pid('elsewhere'), attachedTo: leid(300) },
        remedies: [{ kind: 'create_non_primary_account', rule: 'PA-12', property: pid('elsewhere') }],
      }),
    );
  });

  it('PA-5, PA-6: a partner that already existed when its LEID was assigned adds the new property, which becomes linked', () => {
    const origin: PropertyOrigin = { kind: 'assigned_leid', leid: leid(100), partnerExisted: true };
    expect(canAddProperty(request({ property: unlinked('assigned'), origin }))).toStrictEqual(
      ok({ rules: ['PA-5', 'PA-6'] }),
    );
    expect(addProperty(request({ property: unlinked('assigned'), origin }))._unsafeUnwrap().link).toStrictEqual({
      kind: 'agreement',
      leid: leid(100),
    });
  });

  it('PA-5: without having existed as a partner at the assignment, the exception does not apply (PA-3)', () => {
    const origin: PropertyOrigin = { kind: 'assigned_leid', leid: leid(100), partnerExisted: false };
    expect(addProperty(request({ property: unlinked('assigned'), origin }))).toStrictEqual(
      err({
        code: 'partner_not_existing_at_assignment',
        rules: ['PA-5', 'PA-3'],
        facts: { property: pid('assigned'), assigned: leid(100) },
        remedies: [{ kind: 'create_non_primary_account', rule: 'PA-12', property: pid('assigned') }],
      }),
    );
  });

  it('PA-5: an LEID assigned for another agreement does not let this primary take the property (PA-2)', () => {
    const origin: PropertyOrigin = { kind: 'assigned_leid', leid: leid(999), partnerExisted: true };
    expect(addProperty(request({ property: unlinked('assigned'), origin }))).toStrictEqual(
      err({
        code: 'assigned_leid_of_other_agreement',
        rules: ['PA-5', 'PA-2'],
        facts: { property: pid('assigned'), assigned: leid(999), agreement: leid(100) },
        remedies: [{ kind: 'create_non_primary_account', rule: 'PA-12', property: pid('assigned') }],
      }),
    );
  });

  it('PA-1: a property already in the portfolio is not added twice', () => {
    expect(addProperty(request({ property: linked('mine', 100), origin: EXISTING }))).toStrictEqual(
      err({
        code: 'property_already_in_portfolio',
        rules: ['LIB-1', 'PA-1'],
        facts: { property: pid('mine'), primary: owner.id },
        remedies: [],
      }),
    );
    expect(
      addProperty(request({ actor: PLATFORM, property: attached('mine', 100), origin: EXISTING }))._unsafeUnwrapErr()
        .code,
    ).toBe('property_already_in_portfolio');
  });

  it('PA-1: a primary account given for an agreement that is not its own is refused', () => {
    expect(addProperty(request({ actor: PLATFORM, agreement: agreement(200) }))).toStrictEqual(
      err({
        code: 'agreement_mismatch',
        rules: ['PA-1'],
        facts: { primary: owner.id, primaryAgreement: leid(100), givenAgreement: leid(200) },
        remedies: [],
      }),
    );
  });

  it('PA-18: nothing is added under a terminated agreement', () => {
    expect(addProperty(request({ agreement: agreement(100, 'terminated') }))).toStrictEqual(
      err({
        code: 'agreement_is_terminated',
        rules: ['PA-18'],
        facts: { agreement: leid(100), status: 'terminated' },
        remedies: [],
      }),
    );
  });

  it('canAddProperty gives the same answer as addProperty, without the change', () => {
    expect(canAddProperty(request({}))).toStrictEqual(ok({ rules: ['PA-10', 'PA-6'] }));
    expect(canAddProperty(request({ actor: user('u', []) }))._unsafeUnwrapErr().code).toBe(
      'non_primary_cannot_add_property',
    );
  });

  it('INV-9: malformed input is a typed error naming every bad field, never an exception', () => {
    const result = addProperty({
      ...request({}),
      origin: { kind: 'stolen' },
      agreement: { leid: -1, status: 'active' },
    } as unknown as AddPropertyRequest);
    expect(result).toStrictEqual(
      err({
        code: 'invalid_input',
        issues: [
          { path: ['agreement', 'leid'], problem: { code: 'not_positive' } },
          {
            path: ['origin', 'kind'],
            problem: { code: 'unknown_variant', allowed: ['new_registration', 'existing_listing', 'assigned_leid'] },
          },
        ],
      }),
    );
  });
});
