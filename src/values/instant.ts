import { err, ok, type Result } from 'neverthrow';

import type { Brand } from './brand';
import { type Problem, receivedType, type ValueError } from './problem';

/**
 * A moment, as milliseconds since 1970-01-01T00:00:00Z. Time is always an input (CX-6): no
 * function of this package reads a clock.
 */
export type Instant = Brand<number, 'Instant'>;

// The range of an ECMAScript Date, so every Instant can be shown as one.
const LIMIT = 8.64e15;

/** The latest (and, negated, the earliest) moment an {@link Instant} can be: the range of a Date. */
export const INSTANT_LIMIT = LIMIT;
// A full ISO 8601 timestamp with an explicit zone: a zoneless one would mean local time.
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/u;
// The longest text ISO matches: 2026-11-22T10:00:00.123456789+01:00.
const MAX_ISO_LENGTH = 35;

/** What is wrong with `input` as an already made {@link Instant}, or `null`. */
export const instantProblem = (input: unknown): Problem | null => {
  if (typeof input !== 'number' || Number.isNaN(input)) {
    return { code: 'wrong_type', expected: ['number'], received: receivedType(input) };
  }
  if (!Number.isInteger(input)) return { code: 'not_integer' };
  if (Math.abs(input) > LIMIT) return { code: 'out_of_range', min: -LIMIT, max: LIMIT };
  return null;
};

/**
 * Makes an {@link Instant} from epoch milliseconds or an ISO 8601 timestamp with a zone.
 *
 * @example
 * instant('2026-11-22T08:00:00Z'); // ok(1795334400000)
 * instant('yesterday');            // err({ value: 'instant', problem: { code: 'malformed_timestamp' } })
 */
export const instant = (input: unknown): Result<Instant, ValueError> => {
  // A timestamp longer than the longest the pattern takes is refused before the pattern reads it.
  const candidate =
    typeof input !== 'string'
      ? input
      : input.length <= MAX_ISO_LENGTH && ISO.test(input)
        ? Date.parse(input)
        : Number.NaN;
  if (typeof input === 'string' && Number.isNaN(candidate)) {
    return err({ value: 'instant', problem: { code: 'malformed_timestamp' } });
  }
  const problem = instantProblem(candidate);
  // The one cast: an integer within the Date range is an Instant.
  return problem === null ? ok(candidate as Instant) : err({ value: 'instant', problem });
};

/** Seven days, in milliseconds: how long an invitation stays open (CX-6). */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** `at` moved by `ms` milliseconds; past the Date range it stays at the range's end. */
export const later = (at: Instant, ms: number): Instant =>
  // The one cast of arithmetic: clamping keeps the sum inside the range an Instant allows.
  Math.min(LIMIT, at + ms) as Instant;
