import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

import {
  accountShape,
  actionShape,
  actorRefShape,
  actorShape,
  agreementShape,
  bodyShapes,
  commandShape,
  eventShape,
  invitationShape,
  linkShape,
  makeEvents,
  makeSnapshot,
  originShape,
  propertyShape,
} from '../../src/index';
import { eventsSchema, parseEvents, parseSnapshot, snapshotSchema } from '../../src/schema/index';
import { schemaOf } from '../../src/schema/shapes';
import { parserOf } from '../../src/validation/check';
import { checkOf, jsonCheckOf } from '../../src/validation/shapes';
import { JSON_LEAVES, LEAF_CHECKS } from '../../src/validation/values';
import { inputOf } from '../support/shapeInputs';

// Each record shape is written once (src/values/*.ts, src/world/command.ts, src/world/event.ts);
// its core check (validation/shapes.ts), its zod schema (schema/shapes.ts) and its JSON Schema
// are read off it. Here the three meet the same generated values, valid and not, and must agree.

const SHAPES = {
  ...Object.fromEntries(Object.entries(bodyShapes).map(([action, shape]) => [`body of ${action}`, shape])),
  agreementShape,
  linkShape,
  propertyShape,
  originShape,
  accountShape,
  actorShape,
  actorRefShape,
  invitationShape,
  actionShape,
  commandShape,
  eventShape,
};

const ajv = new Ajv2020({ allErrors: true, strict: false });

describe.each(Object.entries(SHAPES))('%s, read three ways', (_, shape) => {
  const core = parserOf(checkOf(shape, LEAF_CHECKS));
  const zod = schemaOf(shape);
  const json = ajv.compile(z.toJSONSchema(zod, { io: 'input' }));

  it('the zod boundary stores what the core accepts, and the core accepts what it stores', () => {
    fc.assert(
      fc.property(inputOf(shape, true), (input) => {
        const parsed = zod.safeParse(input);
        const checked = core(input);
        // The core is never laxer than the boundary: what it accepts, the boundary stores unchanged.
        if (checked.isOk()) expect(parsed).toEqual({ success: true, data: checked.value });
        if (!parsed.success) return;
        // What the boundary stores is in the core's form: the core's copy of it is equal.
        expect(core(parsed.data)).toEqual(ok(parsed.data));
        // The JSON Schema cannot hold every value rule, so it accepts at least what zod accepts.
        expect(json(input)).toBe(true);
      }),
    );
  });

  it("the core's JSON reader and the zod schema accept the same inputs, and store the same values", () => {
    const read = parserOf(jsonCheckOf(shape, JSON_LEAVES));
    fc.assert(
      fc.property(inputOf(shape, true), (input) => {
        const parsed = zod.safeParse(input);
        const answer = read(input);
        expect(answer.isOk(), JSON.stringify(input)).toBe(parsed.success);
        if (parsed.success) expect(answer).toEqual(ok(parsed.data));
      }),
    );
  });

  it('meets both valid and invalid inputs, so the agreement is not vacuous', () => {
    const sample = fc.sample(inputOf(shape, true), { numRuns: 300, seed: 1 });
    const accepted = sample.filter((input) => zod.safeParse(input).success).length;
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(sample.length);
  });

  it('accept every value built of valid parts', () => {
    fc.assert(
      fc.property(inputOf(shape, false), (input) => {
        expect(zod.safeParse(input).success).toBe(true);
        expect(json(input)).toBe(true);
      }),
    );
  });

  it('a field the shape does not name: the boundary refuses it, the core leaves it out of its copy', () => {
    fc.assert(
      fc.property(inputOf(shape, false), (input) => {
        const stored = zod.parse(input);
        const extra = { ...stored, unexpected: 1 };
        expect(zod.safeParse(extra).success).toBe(false);
        expect(json(extra)).toBe(false);
        expect(core(extra)).toEqual(ok(stored));
      }),
    );
  });
});

// parseSnapshot takes a short way when the core accepts a snapshot as it is and no object in it
// has a field the schema does not know: the answer must be the one zod alone would give.
describe('parseSnapshot, short way and zod', () => {
  const records = {
    agreements: agreementShape,
    properties: propertyShape,
    accounts: accountShape,
    invitations: invitationShape,
  } as const;
  // An unknown field somewhere, now and then: at the top, in a record, or in a record's part.
  const withStray = (value: unknown, where: number): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((item: unknown, index) => (index === 0 ? withStray(item, where) : item));
    const entries: [string, unknown][] = Object.entries(value);
    if (where === 0 || entries.length === 0) return { ...value, stray: true };
    const [key, field] = entries[where % entries.length] ?? ['', null];
    return { ...value, [key]: withStray(field, where - 1) };
  };
  const snapshots = fc
    .tuple(
      fc.record(
        Object.fromEntries(
          Object.entries(records).map(([list, shape]) => [list, fc.array(inputOf(shape, true), { maxLength: 3 })]),
        ),
        { requiredKeys: [] },
      ),
      fc.boolean(),
      fc.option(fc.nat(4), { freq: 3 }),
    )
    .map(([snapshot, stored, stray]) => {
      // Often the form zod stores, which is the core's: the input a short way is for.
      const parsed = stored ? snapshotSchema.safeParse(snapshot) : undefined;
      const json: unknown = parsed?.success === true ? structuredClone(parsed.data) : snapshot;
      return stray === null ? json : withStray(json, stray);
    });

  it('gives what zod alone gives, value or refusal', () => {
    fc.assert(
      fc.property(snapshots, (json) => {
        const parsed = snapshotSchema.safeParse(json);
        const answer = parseSnapshot(json);
        if (parsed.success) expect(answer).toEqual(ok(parsed.data));
        else expect(answer.isErr()).toBe(true);
      }),
    );
  });

  it('meets snapshots of every kind: short way, refused by zod, stray fields', () => {
    const sample = fc.sample(snapshots, { numRuns: 400, seed: 3 });
    const accepted = sample.filter((json) => snapshotSchema.safeParse(json).success);
    const short = sample.filter((json) => makeSnapshot(json).isOk());
    expect(accepted.length).toBeGreaterThan(15);
    expect(accepted.length).toBeLessThan(360);
    // Both ways taken: accepted by the core as it is (the short way), and accepted by zod only.
    expect(accepted.filter((json) => makeSnapshot(json).isOk()).length).toBeGreaterThan(5);
    expect(accepted.filter((json) => makeSnapshot(json).isErr()).length).toBeGreaterThan(5);
    // Accepted by the core, refused by zod: a stray field the core leaves out.
    expect(short.filter((json) => !snapshotSchema.safeParse(json).success).length).toBeGreaterThan(2);
  });
});

describe('parseEvents, short way and zod', () => {
  const strayIn = (value: unknown, where: number): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((item: unknown, index) => (index === 0 ? strayIn(item, where) : item));
    const entries: [string, unknown][] = Object.entries(value);
    if (where === 0 || entries.length === 0) return { ...value, stray: true };
    const [key, field] = entries[where % entries.length] ?? ['', null];
    return { ...value, [key]: strayIn(field, where - 1) };
  };
  const logs = fc
    .tuple(fc.array(inputOf(eventShape, true), { maxLength: 4 }), fc.boolean(), fc.option(fc.nat(4), { freq: 3 }))
    .map(([events, stored, stray]) => {
      const parsed = stored ? eventsSchema.safeParse(events) : undefined;
      const json: unknown = parsed?.success === true ? structuredClone(parsed.data) : events;
      return stray === null ? json : strayIn(json, stray);
    });

  it('gives what zod alone gives, value or refusal', () => {
    fc.assert(
      fc.property(logs, (json) => {
        const parsed = eventsSchema.safeParse(json);
        const answer = parseEvents(json);
        if (parsed.success) expect(answer).toEqual(ok(parsed.data));
        else expect(answer.isErr()).toBe(true);
      }),
    );
  });

  it('meets logs the short way takes and logs only zod accepts', () => {
    const sample = fc.sample(logs, { numRuns: 400, seed: 5 });
    const accepted = sample.filter((json) => eventsSchema.safeParse(json).success);
    expect(
      accepted.filter((json) => makeEvents(json).isOk() && Array.isArray(json) && json.length > 0).length,
    ).toBeGreaterThan(5);
    expect(accepted.filter((json) => makeEvents(json).isErr()).length).toBeGreaterThan(5);
  });
});
