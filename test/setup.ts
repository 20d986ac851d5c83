import fc from 'fast-check';

// Property tests run from a fixed seed in CI, so a failure there can be replayed; elsewhere the
// seed changes each run to explore more. FC_SEED overrides both. fast-check prints the seed and
// the shrunk path of any failure, and `fc.assert(..., { seed, path })` replays it.
const FIXED_SEED = 20_261_122;
const fromEnv = process.env['FC_SEED'];
const seed = fromEnv !== undefined ? Number(fromEnv) : process.env['CI'] ? FIXED_SEED : Date.now() % 2 ** 31;

// FC_NUM_RUNS trades depth for speed, for mutation testing, which reruns the suite per mutant.
const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 300);

fc.configureGlobal({ seed, numRuns });
