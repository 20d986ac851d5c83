import { deepFreeze } from '../values/frozen';
import type { Fields } from '../values/shape';

// Checked once, trusted after. A record the library made or checked is deep-frozen and stamped
// with the shape it was checked as (the fields of that shape, or of its case of a variant). A
// check given such a record takes it as it is, without reading it again; anything else, a
// look-alike object literal, parsed JSON, a copy or a proxy included, gets the full check.
//
// The stamp is a private field of this module's class, put on the record by a constructor that
// returns the record itself as `this`. Nothing outside this module can read, write or copy a
// private field, and a proxy of a stamped record has none. It costs a few nanoseconds, where a
// WeakMap entry costs a few hundred. An engine that refuses to add a private field to a frozen
// object (a change proposed to the language) gets the module's WeakMap instead: same answers.

/** A constructor that answers with its argument, so a subclass's fields are added to it. */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- its constructor is its use
class Itself {
  constructor(record: object) {
    return record;
  }
}

class Stamp extends Itself {
  readonly #fields: Fields;

  private constructor(record: object, fields: Fields) {
    super(record);
    this.#fields = fields;
  }

  /** Stamps `record` as checked against `fields`; false if the engine refused. */
  static put(record: object, fields: Fields): boolean {
    try {
      new Stamp(record, fields);
      return true;
    } catch {
      return false;
    }
  }

  /** The fields `value` was stamped with, if it was. */
  static read(value: object): Fields | undefined {
    return #fields in value ? value.#fields : undefined;
  }
}

const REFUSED = new WeakMap<object, Fields>();
// Whether the engine ever refused a stamp: until it does, an unstamped value is not looked up.
let refusals = false;

/** The fields of the shape `value` was checked as, if the library checked or made it. */
export const trustedAs = (value: unknown): Fields | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const fields = Stamp.read(value);
  return fields !== undefined || !refusals ? fields : REFUSED.get(value);
};

/**
 * `record`, deep-frozen and known from now on as checked against `fields`. Only for a record
 * that passed the check of that shape, or that the library built from checked parts alone.
 */
export const trust = <T extends object>(record: T, fields: Fields): T => trustFrozen(frozenDeep(record), fields);

/**
 * {@link trust} for a record its maker has frozen all the way down already (a record builder that
 * knows its parts freezes them, and skips a walk over every field).
 */
export const trustFrozen = <T extends object>(record: T, fields: Fields): T => {
  if (Stamp.read(record) === undefined && !Stamp.put(record, fields)) {
    refusals = true;
    REFUSED.set(record, fields);
  }
  return record;
};

const stamped = (part: object): boolean => Stamp.read(part) !== undefined;

/**
 * `value`, frozen all the way down, for what the library hands out or keeps: {@link deepFreeze},
 * which does not walk a trusted record (frozen already; its stamp is cheaper to read than
 * `Object.isFrozen`).
 */
export const frozenDeep = <T>(value: T): T => deepFreeze(value, stamped);
