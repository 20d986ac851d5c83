import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { accountId, invitationId, MAX_ID_LENGTH, propertyId } from '../../src/index';

describe('propertyId, accountId, invitationId', () => {
  it('a plain string is an ID, kept as given', () => {
    expect(propertyId('hotel-42')).toStrictEqual(ok('hotel-42'));
    expect(accountId('acc 7')).toStrictEqual(ok('acc 7'));
    expect(invitationId('inv-1')).toStrictEqual(ok('inv-1'));
  });

  it('an empty or blank ID is refused as empty', () => {
    expect(propertyId('')).toStrictEqual(err({ value: 'property_id', problem: { code: 'empty' } }));
    expect(accountId('   ')).toStrictEqual(err({ value: 'account_id', problem: { code: 'empty' } }));
  });

  it('an absurdly long ID is refused with its length', () => {
    const long = 'x'.repeat(MAX_ID_LENGTH + 1);
    expect(propertyId(long)).toStrictEqual(
      err({ value: 'property_id', problem: { code: 'too_long', max: MAX_ID_LENGTH, length: MAX_ID_LENGTH + 1 } }),
    );
    expect(propertyId('x'.repeat(MAX_ID_LENGTH)).isOk()).toBe(true);
  });

  it('control characters are refused with their position', () => {
    expect(invitationId('inv\n2')).toStrictEqual(
      err({ value: 'invitation_id', problem: { code: 'control_character', position: 3 } }),
    );
    expect(propertyId('a\u2028b')).toStrictEqual(
      err({ value: 'property_id', problem: { code: 'control_character', position: 1 } }),
    );
  });

  it('a non-string is refused with the type it had', () => {
    expect(propertyId(42)).toStrictEqual(
      err({ value: 'property_id', problem: { code: 'wrong_type', expected: ['string'], received: 'number' } }),
    );
    expect(accountId(null)).toStrictEqual(
      err({ value: 'account_id', problem: { code: 'wrong_type', expected: ['string'], received: 'null' } }),
    );
    expect(accountId(['a'])).toStrictEqual(
      err({ value: 'account_id', problem: { code: 'wrong_type', expected: ['string'], received: 'array' } }),
    );
  });
});
