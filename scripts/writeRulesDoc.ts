import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { renderRulesDoc } from './rulesDoc';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
writeFileSync(target, renderRulesDoc());
process.stdout.write(`wrote ${target}\n`);
