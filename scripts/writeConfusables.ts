import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { renderConfusables } from './confusables';

const target = fileURLToPath(new URL('../src/values/confusables.ts', import.meta.url));
writeFileSync(target, renderConfusables());
process.stdout.write(`wrote ${target}\n`);
