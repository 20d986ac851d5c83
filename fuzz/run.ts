// npm run fuzz: every export of all three entry points, called with at least FUZZ_RUNS (10,000)
// hostile argument lists each: made-up values, booby-trapped objects, broken parts of valid
// arguments. Counts throws, changed inputs, untyped answers and calls over 1 s; a call that
// never returns is stopped after HANG_MS and counted as a hang. Exits 1 on any of them.
// FC_SEED replays a run; FUZZ_ONLY=name,name fuzzes those exports alone.
import { Worker } from 'node:worker_threads';

import { type Report, targets } from './targets';

const runs = Number(process.env['FUZZ_RUNS'] ?? 10_000);
const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2 ** 31);
const HANG_MS = 10_000;
const names = targets().map((target) => target.name);

console.log(`fuzzing ${String(names.length)} exports with ${String(runs)} inputs each (FC_SEED=${String(seed)})`);

const reports: Report[] = [];
const hangs: string[] = [];

// Runs the exports from index `from` on, in a worker; resolves with the index to go on from
// after a hang, or null when all are done.
const runFrom = (from: number): Promise<number | null> =>
  new Promise((resolve, reject) => {
    const beat = new SharedArrayBuffer(8);
    const heart = new Int32Array(beat);
    Atomics.store(heart, 1, from);
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { runs, seed, from, beat } });
    let last = -1;
    let still = Date.now();
    let hung = -1;
    const watch = setInterval(() => {
      const calls = Atomics.load(heart, 0);
      if (calls !== last) {
        last = calls;
        still = Date.now();
        return;
      }
      if (Date.now() - still < HANG_MS) return;
      clearInterval(watch);
      hung = Atomics.load(heart, 1);
      hangs.push(names[hung] ?? String(hung));
      void worker.terminate();
    }, 250);
    worker.on('message', (report: Report) => {
      reports.push(report);
      const failed = report.throws + report.mutations + report.untyped + report.slow;
      console.log(
        `${report.name.padEnd(26)} ${String(report.inputs).padStart(7)} inputs  max ${report.maxMs.toFixed(1).padStart(7)} ms  ${failed === 0 ? 'ok' : `FAILED ${String(failed)}`}`,
      );
    });
    worker.on('error', (error) => {
      clearInterval(watch);
      reject(error);
    });
    worker.on('exit', () => {
      clearInterval(watch);
      resolve(hung < 0 ? null : hung + 1);
    });
  });

let next: number | null = 0;
while (next !== null && next < names.length) next = await runFrom(next);

const sum = (key: 'inputs' | 'throws' | 'mutations' | 'untyped' | 'slow'): number =>
  reports.reduce((total, report) => total + report[key], 0);
console.log(
  `\n${String(reports.length)} exports, ${String(sum('inputs'))} inputs: ${String(sum('throws'))} throws, ${String(sum('mutations'))} changed inputs, ` +
    `${String(sum('untyped'))} untyped answers, ${String(sum('slow'))} calls over 1 s, ${String(hangs.length)} hangs`,
);
for (const report of reports) for (const example of report.examples) console.log(`  ${report.name}: ${example}`);
for (const hang of hangs) console.log(`  ${hang}: a call did not return within ${String(HANG_MS / 1000)} s`);
const missed = names.filter((name) => !reports.some((report) => report.name === name) && !hangs.includes(name));
if (missed.length > 0) console.log(`  not run: ${missed.join(', ')}`);
process.exitCode =
  sum('throws') + sum('mutations') + sum('untyped') + sum('slow') + hangs.length + missed.length === 0 ? 0 : 1;
