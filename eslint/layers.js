// @ts-check
// The layers of src/ (docs/architecture.md draws them): a file imports from its own layer or from
// one below, never above, and no chain of imports comes back to where it started. Type-only
// imports count too: a cycle of types is still two modules that cannot be read apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Bottom first. `index` is `src/index.ts`, the core's entry, which the package's name imports. */
export const LAYERS = [
  'values',
  'validation',
  'rejections',
  'rules',
  'catalog',
  'world',
  'messages',
  'scenario',
  'index',
  'schema',
  'http',
  'postgres',
  'cli',
];

const PACKAGE = 'partner-account-rules';

/** @param {string} src @param {string} file */
const layerOf = (src, file) => {
  const [first = '', ...rest] = relative(src, file).split(sep);
  return rest.length === 0 ? first.replace(/\.ts$/, '') : first;
};

/** @param {string} from @param {string} spec @returns {string | null} */
const resolved = (from, spec) => {
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this candidate.
    }
  }
  return null;
};

const IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gm;

/**
 * The file of src/ that `spec`, imported from `file`, names: the package's own entry points by
 * name, relative paths by resolution; `null` for anything outside src/.
 * @param {string} src @param {string} file @param {string} spec @returns {string | null}
 */
const targetOf = (src, file, spec) => {
  if (spec === PACKAGE) return join(src, 'index.ts');
  if (spec === `${PACKAGE}/schema`) return join(src, 'schema', 'index.ts');
  if (spec === `${PACKAGE}/http`) return join(src, 'http', 'index.ts');
  if (spec === `${PACKAGE}/postgres`) return join(src, 'postgres', 'index.ts');
  return spec.startsWith('.') ? resolved(file, spec) : null;
};

/** @param {string} src @param {string} file @returns {string[]} */
const importsOf = (src, file) =>
  [...readFileSync(file, 'utf8').matchAll(IMPORT)].flatMap((match) => targetOf(src, file, match[1] ?? '') ?? []);

/** @param {string} folder @returns {string[]} */
const filesUnder = (folder) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

/** The files of `src` that sit on a cycle, each with the cycle it sits on (Tarjan's algorithm). */
const cyclesIn = (/** @type {string} */ src) => {
  const graph = new Map(filesUnder(src).map((file) => [file, importsOf(src, file)]));
  /** @type {Map<string, string[]>} */
  const onCycle = new Map();
  const index = new Map();
  const low = new Map();
  /** @type {string[]} */
  const stack = [];
  const onStack = new Set();
  let counter = 0;
  /** @param {string} node */
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop() ?? node;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) for (const file of component) onCycle.set(file, component);
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return onCycle;
};

/** @type {import('eslint').Rule.RuleModule} */
const direction = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports go down the layers of src/ (docs/architecture.md).' },
    schema: [],
    messages: {
      upward: "'{{from}}' is below '{{to}}': a module of {{from}}/ cannot import from {{to}}/ (docs/architecture.md).",
    },
  },
  create(context) {
    const file = context.filename;
    const src = resolve(context.cwd, 'src');
    const from = layerOf(src, file);
    const check = (/** @type {any} */ node) => {
      const source = node.source;
      if (source === null || source === undefined || typeof source.value !== 'string') return;
      const target = targetOf(src, file, source.value);
      if (target === null) return;
      const to = layerOf(src, target);
      if (LAYERS.indexOf(to) > LAYERS.indexOf(from))
        context.report({ node: source, messageId: 'upward', data: { from, to } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

// One lint run reads src/ once; an editor's long-lived server reads it again after a second.
/** @type {Map<string, { at: number, cycles: Map<string, string[]> }>} */
const cycleCache = new Map();
const cyclesNow = (/** @type {string} */ src) => {
  const cached = cycleCache.get(src);
  if (cached !== undefined && Date.now() - cached.at < 1000) return cached.cycles;
  const cycles = cyclesIn(src);
  cycleCache.set(src, { at: Date.now(), cycles });
  return cycles;
};

/** @type {import('eslint').Rule.RuleModule} */
const noCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No chain of imports, type-only ones included, comes back to where it started.' },
    schema: [],
    messages: { cycle: 'This module is on an import cycle: {{cycle}}.' },
  },
  create(context) {
    const src = resolve(context.cwd, 'src');
    return {
      Program(node) {
        const cycle = cyclesNow(src).get(context.filename);
        if (cycle !== undefined)
          context.report({ node, messageId: 'cycle', data: { cycle: cycle.map((f) => relative(src, f)).join(' → ') } });
      },
    };
  },
};

export default { rules: { direction, 'no-cycle': noCycle } };
