import { expectTypeOf, it } from 'vitest';

import type * as api from '../../src/index';
import type { RejectionCode, Remedy, RuleId, RULES } from '../../src/index';

type Api = typeof api;
type ExportedFunction = { [K in keyof Api]: Api[K] extends (...args: never[]) => unknown ? K : never }[keyof Api];
type Entry = (typeof RULES)[number];

it('every function the catalog names is an exported function', () => {
  expectTypeOf<Entry['enforcedBy'][number]>().toExtend<ExportedFunction>();
});

it('every code the catalog names is a rejection code', () => {
  expectTypeOf<Entry['codes'][number]>().toExtend<RejectionCode>();
});

it('the catalog covers every rejection code', () => {
  expectTypeOf<RejectionCode>().toExtend<Entry['codes'][number]>();
});

it('every remedy rests on a rule of the catalog', () => {
  expectTypeOf<Remedy['rule']>().toExtend<RuleId>();
});
