import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { accessRights, AREAS } from '../../src/index';

describe('accessRights', () => {
  it('rights are kept in one canonical order without duplicates', () => {
    expect(accessRights(['finance', 'reservations', 'finance'])).toStrictEqual(ok(['reservations', 'finance']));
  });

  it('CX-1: admin holds every area, so admin alone stands for them', () => {
    expect(accessRights(['admin', 'finance'])).toStrictEqual(ok(['admin']));
  });

  it('every area of the extranet is a right', () => {
    expect(accessRights([...AREAS])).toStrictEqual(ok([...AREAS]));
  });

  it('an unknown right is refused, listing the known ones', () => {
    expect(accessRights(['reservations', 'superuser'])).toStrictEqual(
      err({ value: 'access_right', problem: { code: 'unknown_variant', allowed: ['admin', ...AREAS] } }),
    );
  });

  it('something other than a list is refused with its type', () => {
    expect(accessRights('admin')).toStrictEqual(
      err({ value: 'access_right', problem: { code: 'wrong_type', expected: ['array'], received: 'string' } }),
    );
  });

  it('an empty list is a valid, empty set of rights', () => {
    expect(accessRights([])).toStrictEqual(ok([]));
  });
});
