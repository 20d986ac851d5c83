// The worker's entry: registers tsx in this thread, which the main thread's --import does not
// reach, then runs the fuzzing worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
