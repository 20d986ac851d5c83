import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { renderChecks } from './checks';

const target = fileURLToPath(new URL('../src/validation/generated.ts', import.meta.url));
writeFileSync(target, await renderChecks());
process.stdout.write(`wrote ${target}\n`);
