import type { Result } from 'neverthrow';

import { CONFUSABLES } from './confusables';
import { type LoginName, loginName } from './loginName';
import type { ValueError } from './problem';

// UTS #39's skeleton of a login: its characters in NFD, each replaced by the prototype the
// confusables data gives it, and NFD again. Two logins with one skeleton look alike ("paypal" in
// Latin and "раураl" with Cyrillic letters; "anna1" and "annal"), so a platform that keeps
// skeletons unique keeps people from being shown one login for another (CX-7).

interface Prototypes {
  readonly any: ReadonlyMap<number, string>;
  /** The prototype of each ASCII character, or `undefined` when it has none. */
  readonly ascii: readonly (string | undefined)[];
}

let prototypes: Prototypes | null = null;

// Read once, on first use: most programs that import the package never compare logins.
const table = (): Prototypes => {
  if (prototypes !== null) return prototypes;
  const any = new Map<number, string>();
  for (const entry of CONFUSABLES.split('\n')) {
    const source = entry.codePointAt(0);
    if (source !== undefined) any.set(source, entry.slice(String.fromCodePoint(source).length));
  }
  const ascii = Array.from({ length: 128 }, (_, code) => any.get(code));
  prototypes = { any, ascii };
  return prototypes;
};

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/u;

/** CX-7: the skeleton of a login already made (UTS #39, section 4); see {@link loginSkeleton}. */
export const skeletonOf = (login: LoginName): string => {
  const { any, ascii } = table();
  const text: string = login;
  let skeleton = '';
  // ASCII is its own NFD, and most logins are ASCII: only the characters with a prototype change.
  if (ASCII.test(text)) {
    let start = 0;
    for (let index = 0; index < text.length; index += 1) {
      const replaced = ascii[text.charCodeAt(index)];
      if (replaced === undefined) continue;
      skeleton += text.slice(start, index) + replaced;
      start = index + 1;
    }
    skeleton += text.slice(start);
    return ASCII.test(skeleton) ? skeleton : skeleton.normalize('NFD');
  }
  for (const character of text.normalize('NFD')) skeleton += any.get(character.codePointAt(0) ?? 0) ?? character;
  return skeleton.normalize('NFD');
};

/**
 * CX-7: the skeleton of a login (UTS #39, section 4), from what a person typed: two logins that
 * look alike have the same one. The platform holds at most one login per skeleton, so a backend
 * keeps this beside each login, unique, and asks for the holder of a skeleton where a rule asks
 * who holds a login. A value that is no login is the error `loginName` gives for it.
 *
 * @example
 * loginSkeleton('Anna1'); // ok('annal'), as for 'annal'
 * loginSkeleton('b\u03bfb'); // ok('bob'): a Greek omicron looks like an o
 */
export const loginSkeleton = (input: unknown): Result<string, ValueError> => loginName(input).map(skeletonOf);
