import type { ESLint } from 'eslint';

/** The layers of src/, bottom first. */
export declare const LAYERS: readonly string[];
/** The plugin: `direction` and `no-cycle`. */
declare const plugin: ESLint.Plugin;
export default plugin;
