// Interleaved rounds on tinybench: every round runs each contender in turn (in a rotated order, so
// none is always first or last), after tinybench's warm-up of it, and keeps the median time of a
// pass. A contender's figure is the median of its round medians; min and max are the fastest and
// slowest round medians, so they show how much the rounds disagree.
import { Bench } from 'tinybench';

/** One thing to time: a pass runs `perPass` operations and returns how many answers were wrong. */
export interface Contender {
  readonly name: string;
  readonly perPass: number;
  readonly pass: () => number;
}

/** What the rounds found for one contender, in nanoseconds per operation. */
export interface Timing {
  readonly name: string;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly rounds: readonly number[];
  readonly wrongAnswers: number;
}

export interface RoundOptions {
  readonly rounds: number;
  /** Time budget per contender and round, in milliseconds. */
  readonly time: number;
  readonly warmupTime: number;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
};

export const runRounds = (
  contenders: readonly Contender[],
  options: RoundOptions,
  onRound: (round: number) => void,
): Timing[] => {
  const perRound = new Map<string, number[]>(contenders.map((contender) => [contender.name, []]));
  const wrong = new Map<string, number>(contenders.map((contender) => [contender.name, 0]));
  for (let round = 0; round < options.rounds; round += 1) {
    const bench = new Bench({
      time: options.time,
      warmupTime: options.warmupTime,
      iterations: 1,
      warmupIterations: 1,
      throws: true,
    });
    const rotated = [...contenders.slice(round % contenders.length), ...contenders.slice(0, round % contenders.length)];
    for (const contender of rotated) {
      bench.add(contender.name, () => {
        wrong.set(contender.name, (wrong.get(contender.name) ?? 0) + contender.pass());
      });
    }
    for (const task of bench.runSync()) {
      const result = task.result;
      if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
      const contender = contenders.find((candidate) => candidate.name === task.name);
      perRound.get(task.name)?.push((result.latency.p50 * 1e6) / (contender?.perPass ?? 1));
    }
    onRound(round);
  }
  return contenders.map(({ name }) => {
    const rounds = perRound.get(name) ?? [];
    return {
      name,
      median: median(rounds),
      min: Math.min(...rounds),
      max: Math.max(...rounds),
      rounds,
      wrongAnswers: wrong.get(name) ?? 0,
    };
  });
};
