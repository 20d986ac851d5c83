declare const brand: unique symbol;

/**
 * A type-only brand: `Brand<string, 'PropertyId'>` is a string that only a smart constructor
 * can produce. Nothing of it exists at run time.
 */
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };
