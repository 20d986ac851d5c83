// `npm run schemas`: writes the JSON Schema files in schemas/ from the zod schemas. A test
// fails when a committed file differs from what this would write.
import { mkdirSync, writeFileSync } from 'node:fs';

import { JSON_SCHEMA_FILES, jsonSchemas } from '../src/schema/index';

const schemas = jsonSchemas();
mkdirSync(new URL('../schemas/bodies', import.meta.url), { recursive: true });
for (const file of JSON_SCHEMA_FILES) {
  writeFileSync(new URL(`../schemas/${file}`, import.meta.url), `${JSON.stringify(schemas[file], null, 2)}\n`);
  process.stdout.write(`schemas/${file}\n`);
}
