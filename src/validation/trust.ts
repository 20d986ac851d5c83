import type { Fields } from '../values/shape';
import { deepFreeze } from '../values/frozen';

// Checked once, trusted after. A record the library made or checked is deep-frozen and entered
// here with the shape it was checked as (the fields of that shape, or of its case of a variant).
// A check given such a record takes it as it is, without reading it again; anything else, a
// look-alike object literal, parsed JSON or a proxy included, gets the full check. The map is
// this module's own and weak: no caller can add to it, and it keeps no record alive.
const TRUSTED = new WeakMap<object, Fields>();

/** The fields of the shape `value` was checked as, if the library checked or made it. */
export const trustedAs = (value: unknown): Fields | undefined =>
  typeof value === 'object' && value !== null ? TRUSTED.get(value) : undefined;

/**
 * `record`, deep-frozen and known from now on as checked against `fields`. Only for a record
 * that passed the check of that shape, or that the library built from checked parts alone.
 */
export const trust = <T extends object>(record: T, fields: Fields): T => {
  TRUSTED.set(deepFreeze(record), fields);
  return record;
};
