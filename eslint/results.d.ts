import type { ESLint } from 'eslint';

/** The plugin: `must-use-result`, neverthrow's rule taught `yield*` and `isErr`/`isOk`. */
declare const plugin: ESLint.Plugin;
export default plugin;
