// `npm run bench [-- --quick]`: times the library's decisions beside a bare function, CASL and
// Cedar on the same rule, `execute` on worlds of 1,000, 10,000 and 100,000 properties, the heap
// of each world, and parsing the largest world's snapshot from JSON through the schema. Prints
// one table with each target's verdict and writes bench/results.json. A measurement, never a
// test: run with `node --expose-gc` (the npm script does). It exits 1 if any answer was wrong.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { Result } from 'neverthrow';
import {
  addUser,
  canAddProperty,
  execute,
  invite,
  makeAccount,
  makeAgreement,
  makeInvitation,
  makeProperty,
  worldFrom,
  type Command,
  type World,
} from 'partner-account-rules';
import { parseSnapshot } from 'partner-account-rules/schema';
import { ADD_PROPERTY_CASES, ADD_PROPERTY_GRID, ADD_USER_CASES, INVITE_CASES, type Case } from './cases';
import {
  bareCanAddProperty,
  caslAbility,
  caslCanAddProperty,
  cedarCall,
  cedarCanAddProperty,
  prepareCedar,
  type BareAnswer,
} from './contenders';
import { median, runRounds, type Contender, type Timing } from './harness';
import { commandsFor, grantsIn, snapshotOfSize } from './worldOfSize';

const QUICK = process.argv.includes('--quick');
const OPTIONS = QUICK ? { rounds: 3, time: 60, warmupTime: 20 } : { rounds: 9, time: 400, warmupTime: 100 };
const SMALLEST = 1_000;
const LARGEST = 100_000;
const WORLD_SIZES = [SMALLEST, 10_000, LARGEST] as const;
const COMMANDS_PER_PASS = 2_000;
const PARSE_PASSES = QUICK ? 1 : 3;

const gc = (): void => {
  const collect: unknown = Reflect.get(globalThis, 'gc');
  if (typeof collect !== 'function') throw new Error('run with node --expose-gc (npm run bench does)');
  Reflect.apply(collect, globalThis, []);
};
const heapBytes = (): number => process.memoryUsage().heapUsed;
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

// ---------------------------------------------------------------------------------------------
// Decisions: each pass answers every case of a set, `repeat` times, and counts wrong answers.

const codeOf = (result: Result<unknown, { readonly code: string }>): string =>
  result.isOk() ? 'ok' : result.error.code;
const bareCode = (answer: BareAnswer): string => (answer.ok ? 'ok' : answer.code);

const contender = <T>(
  name: string,
  items: readonly T[],
  repeat: number,
  answer: (item: T) => string,
  expected: (item: T) => string,
): Contender => {
  const wanted = items.map(expected);
  return {
    name,
    perPass: items.length * repeat,
    pass: () => {
      let wrong = 0;
      for (let time = 0; time < repeat; time += 1) {
        for (let index = 0; index < items.length; index += 1) {
          const item = items[index];
          if (item === undefined || answer(item) !== wanted[index]) wrong += 1;
        }
      }
      return wrong;
    },
  };
};

const expectedOf = <R>(item: Case<R>): string => item.expected;
const REPEAT = 64;

prepareCedar();
const ability = caslAbility();

// Before anything is timed, each contender answers every request of the full grid, and must give
// the library's answer to each: a faster contender that answers otherwise is no comparison.
const disagreements = (name: string, answer: (request: (typeof ADD_PROPERTY_GRID)[number]) => string): number => {
  const wrong = ADD_PROPERTY_GRID.filter((request) => answer(request) !== codeOf(canAddProperty(request)));
  const [first] = wrong;
  if (first !== undefined)
    log(
      `${name} disagrees with the library on ${String(wrong.length)} of ${String(ADD_PROPERTY_GRID.length)} requests, e.g. ${JSON.stringify(first)}`,
    );
  return wrong.length;
};
const NAMES_GRID = { bare: 'the bare function', casl: 'CASL', cedar: 'Cedar' } as const;
const gridWrong =
  disagreements(NAMES_GRID.bare, (request) => bareCode(bareCanAddProperty(request))) +
  disagreements(NAMES_GRID.casl, (request) => bareCode(caslCanAddProperty(ability, request))) +
  disagreements(NAMES_GRID.cedar, (request) => bareCode(cedarCanAddProperty(cedarCall(request))));
if (gridWrong > 0) {
  log('a contender disagrees with the library: nothing is timed');
  process.exit(1);
}
log(`every contender agrees with the library on all ${String(ADD_PROPERTY_GRID.length)} add-property requests`);
const caslCases = ADD_PROPERTY_CASES.map((item) => ({ ...item, ability }));
const cedarCases = ADD_PROPERTY_CASES.map((item) => ({ ...item, call: cedarCall(item.request) }));

// The same requests with every record in them made by the library's record constructors: records
// a decision takes as checked. The plain requests above are object literals, checked in full.
const MAKERS = [makeAccount, makeInvitation, makeProperty, makeAgreement] as const;
const made = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  for (const make of MAKERS) {
    const result = make(value);
    if (result.isOk()) return result.value;
  }
  return value;
};
const withMadeRecords = <R extends object>(item: Case<R>): Case<R> => ({
  expected: item.expected,
  // Each field replaced by a record of the same fields: the request keeps its type.
  request: Object.fromEntries(
    Object.entries(item.request).map(([key, value]) => [key, Array.isArray(value) ? value.map(made) : made(value)]),
  ) as R,
});

const NAMES = {
  bare: 'canAddProperty, bare function (baseline)',
  ours: 'canAddProperty, partner-account-rules',
  oursMade: 'canAddProperty, made records',
  addUser: 'addUser, partner-account-rules',
  addUserMade: 'addUser, made records',
  invite: 'invite, partner-account-rules',
  inviteMade: 'invite, made records',
  casl: 'canAddProperty, @casl/ability',
  cedar: 'canAddProperty, @cedar-policy/cedar-wasm',
  execute: (size: number) => `execute, ${size.toLocaleString('en')}-property world`,
} as const;

const decisionContenders: Contender[] = [
  contender(NAMES.bare, ADD_PROPERTY_CASES, REPEAT, ({ request }) => bareCode(bareCanAddProperty(request)), expectedOf),
  contender(NAMES.ours, ADD_PROPERTY_CASES, REPEAT, ({ request }) => codeOf(canAddProperty(request)), expectedOf),
  contender(
    NAMES.oursMade,
    ADD_PROPERTY_CASES.map(withMadeRecords),
    REPEAT,
    ({ request }) => codeOf(canAddProperty(request)),
    expectedOf,
  ),
  contender(NAMES.addUser, ADD_USER_CASES, REPEAT, ({ request }) => codeOf(addUser(request)), expectedOf),
  contender(
    NAMES.addUserMade,
    ADD_USER_CASES.map(withMadeRecords),
    REPEAT,
    ({ request }) => codeOf(addUser(request)),
    expectedOf,
  ),
  contender(NAMES.invite, INVITE_CASES, REPEAT, ({ request }) => codeOf(invite(request)), expectedOf),
  contender(
    NAMES.inviteMade,
    INVITE_CASES.map(withMadeRecords),
    REPEAT,
    ({ request }) => codeOf(invite(request)),
    expectedOf,
  ),
  contender(
    NAMES.casl,
    caslCases,
    REPEAT / 4,
    ({ ability, request }) => bareCode(caslCanAddProperty(ability, request)),
    expectedOf,
  ),
  contender(NAMES.cedar, cedarCases, 1, ({ call }) => bareCode(cedarCanAddProperty(call)), expectedOf),
];

// ---------------------------------------------------------------------------------------------
// Worlds: built one by one, with the heap each adds (its records and its indexes).

interface Sized {
  readonly size: number;
  readonly world: World;
  readonly heapMb: number;
  readonly records: number;
  readonly grants: number;
  readonly buildMs: number;
}

const buildWorld = (size: number): Sized => {
  gc();
  const before = heapBytes();
  const snapshot = snapshotOfSize(size);
  const started = performance.now();
  const world = worldFrom(snapshot).match(
    (made) => made,
    (problem) => {
      throw new Error(`the ${String(size)}-property world is not valid: ${JSON.stringify(problem).slice(0, 200)}`);
    },
  );
  const buildMs = performance.now() - started;
  const records =
    snapshot.agreements.length + snapshot.properties.length + snapshot.accounts.length + snapshot.invitations.length;
  const grants = grantsIn(snapshot);
  gc();
  return { size, world, heapMb: (heapBytes() - before) / 1e6, records, grants, buildMs };
};

const worlds = WORLD_SIZES.map((size) => {
  const sized = buildWorld(size);
  log(
    `built the ${size.toLocaleString('en')}-property world (${sized.records.toLocaleString('en')} records, ${sized.grants.toLocaleString('en')} grants) in ${sized.buildMs.toFixed(0)} ms`,
  );
  return sized;
});

// Each command runs on the same world, so a pass times one command each, not a growing world.
// The first answers are the expected ones; a pass that answers otherwise counts as wrong.
const executeContender = ({ size, world }: Sized): Contender => {
  const commands: readonly Command[] = commandsFor(size, COMMANDS_PER_PASS);
  const outcome = (command: Command): string =>
    execute(world, command).match(
      () => 'ok',
      (rejection) => rejection.code,
    );
  const first = commands.map(outcome);
  const accepted = first.filter((code) => code === 'ok').length;
  if (accepted !== COMMANDS_PER_PASS / 2)
    throw new Error(`expected half the commands accepted on ${String(size)}, got ${String(accepted)}`);
  return contender(
    NAMES.execute(size),
    commands.map((command, index) => ({ command, expected: first[index] ?? '' })),
    1,
    ({ command }) => outcome(command),
    ({ expected }) => expected,
  );
};

// ---------------------------------------------------------------------------------------------
// Snapshot parsing: JSON text to a checked snapshot, through the schema (`parseSnapshot`).

const largest = worlds.find(({ size }) => size === LARGEST);
const json = JSON.stringify(snapshotOfSize(LARGEST));
const parseOnce = (): number => {
  const started = performance.now();
  const records = parseSnapshot(JSON.parse(json)).match(
    (snapshot) => snapshot.properties.length,
    (invalid) => {
      throw new Error(`the snapshot did not parse: ${JSON.stringify(invalid.issues.slice(0, 3))}`);
    },
  );
  if (records !== LARGEST) throw new Error(`the snapshot parsed to ${String(records)} properties`);
  return performance.now() - started;
};

// ---------------------------------------------------------------------------------------------

log(
  `timing ${String(decisionContenders.length + worlds.length)} contenders over ${String(OPTIONS.rounds)} rounds${QUICK ? ' (quick)' : ''}`,
);
const timings = runRounds([...decisionContenders, ...worlds.map(executeContender)], OPTIONS, (round) => {
  log(`round ${String(round + 1)} done`);
});
const parseRounds: number[] = [];
for (let pass = 0; pass < PARSE_PASSES; pass += 1) parseRounds.push(parseOnce());
log('parsed the snapshot');

const timing = (name: string): Timing => {
  const found = timings.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no timing for ${name}`);
  return found;
};

// ---------------------------------------------------------------------------------------------
// The table.

interface Row {
  readonly name: string;
  readonly unit: 'ns' | 'MB' | 'ms';
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly toBaseline: number | null;
  readonly toUs: number | null;
  readonly target: string;
  readonly met: boolean | null;
}

const baseline = timing(NAMES.bare).median;
const ours = timing(NAMES.ours).median;
const executeAt = (size: number) => timing(NAMES.execute(size)).median;

const timed = (name: string, target: string, met: (row: Timing) => boolean | null, toBaseline = true): Row => {
  const row = timing(name);
  return {
    name,
    unit: 'ns',
    median: row.median,
    min: row.min,
    max: row.max,
    toBaseline: toBaseline ? row.median / baseline : null,
    toUs: toBaseline ? row.median / ours : row.median / executeAt(SMALLEST),
    target,
    met: met(row),
  };
};

const parseMedian = median(parseRounds);
const entities = largest?.records ?? 0;
const entitiesPerSecond = entities / (parseMedian / 1000);

const rows: Row[] = [
  timed(NAMES.bare, '', () => null),
  timed(NAMES.ours, '≤ 600 ns', (row) => row.median <= 600),
  timed(NAMES.oursMade, '≤ 2× baseline', (row) => row.median <= 2 * baseline),
  timed(NAMES.addUser, '≤ 600 ns', (row) => row.median <= 600),
  timed(NAMES.addUserMade, '', () => null),
  timed(NAMES.invite, '≤ 600 ns', (row) => row.median <= 600),
  timed(NAMES.inviteMade, '', () => null),
  timed(NAMES.casl, '≥ 3× us', (row) => row.median >= 3 * ours),
  timed(NAMES.cedar, '≥ 1,000× us', (row) => row.median >= 1000 * ours),
  ...worlds.map(({ size }) => {
    const last = size === LARGEST;
    return timed(
      NAMES.execute(size),
      last ? '≤ 4 µs and ≤ 1.6× the 1,000 world' : '',
      (row) => (last ? row.median <= 4000 && row.median <= 1.6 * executeAt(SMALLEST) : null),
      false,
    );
  }),
  ...worlds.map(({ size, heapMb }): Row => {
    const last = size === LARGEST;
    return {
      name: `heap, ${size.toLocaleString('en')}-property world`,
      unit: 'MB',
      median: heapMb,
      min: heapMb,
      max: heapMb,
      toBaseline: null,
      toUs: null,
      target: last ? '≤ 200 MB' : '',
      met: last ? heapMb <= 200 : null,
    };
  }),
  {
    name: `parse snapshot JSON, ${entities.toLocaleString('en')} records`,
    unit: 'ms',
    median: parseMedian,
    min: Math.min(...parseRounds),
    max: Math.max(...parseRounds),
    toBaseline: null,
    toUs: null,
    target: `≥ 250,000 records/s (${Math.round(entitiesPerSecond).toLocaleString('en')}/s)`,
    met: entitiesPerSecond >= 250_000,
  },
];

const format = (value: number, unit: Row['unit']): string => {
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (unit === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} ms`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(2)} µs`;
  return `${value.toFixed(1)} ns`;
};
const ratio = (value: number | null): string =>
  value === null ? '' : value >= 100 ? `${value.toFixed(0)}×` : `${value.toFixed(2)}×`;
const verdict = (met: boolean | null): string => (met === null ? '' : met ? 'met' : 'MISSED');

const header = ['', 'median', 'min', 'max', '× baseline', '× us', 'target', 'verdict'];
const cells = rows.map((row) => [
  row.name,
  format(row.median, row.unit),
  format(row.min, row.unit),
  format(row.max, row.unit),
  ratio(row.toBaseline),
  ratio(row.toUs),
  row.target,
  verdict(row.met),
]);
const widths = header.map((title, column) =>
  Math.max(title.length, ...cells.map((line) => (line[column] ?? '').length)),
);
const line = (values: readonly string[]): string =>
  `| ${values.map((value, column) => (column === 0 ? value.padEnd(widths[column] ?? 0) : value.padStart(widths[column] ?? 0))).join(' | ')} |`;
const table = [
  line(header),
  `|${widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
  ...cells.map(line),
].join('\n');

const machine = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  platform: `${process.platform} ${process.arch}`,
};
console.log(table);
console.log(
  `\n${QUICK ? 'quick run' : 'full run'}: ${String(OPTIONS.rounds)} rounds, Node ${machine.node}, ${machine.cpu} (${String(machine.cores)} cores), ${process.platform}`,
);
console.log(
  "× baseline: median over the bare function's median. × us: over canAddProperty's (decisions) or over execute on the 1,000-property world (execute).",
);

const wrong = timings.filter((row) => row.wrongAnswers > 0);
writeFileSync(
  new URL('results.json', import.meta.url),
  `${JSON.stringify({ mode: QUICK ? 'quick' : 'full', options: OPTIONS, machine, rows, largestWorld: { records: largest?.records, grants: largest?.grants, buildMs: largest?.buildMs }, wrongAnswers: wrong.map(({ name, wrongAnswers }) => ({ name, wrongAnswers })) }, null, 2)}\n`,
);
if (wrong.length > 0) {
  for (const row of wrong)
    log(`WRONG ANSWERS: ${row.name} gave ${String(row.wrongAnswers)} answers other than expected`);
  process.exitCode = 1;
}
