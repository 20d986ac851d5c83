// The locales the playground speaks besides English and Swedish: add yours here, made by
// defineLocale, and build again; the language picker lists it by its tag. (The build can also
// take another module: `buildPlayground({ locales: 'path/to/module.ts' })`, as a test does.)
import type { CustomLocale } from 'partner-account-rules';

/** The locales a user added. */
export const EXTRA_LOCALES: readonly CustomLocale[] = [];
