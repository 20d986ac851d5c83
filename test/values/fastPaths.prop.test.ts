import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';

import { accessRightsProblem, AREAS } from '../../src/values/accessRights';
import { displayName, displayNameProblem } from '../../src/values/displayName';
import { domainWellFormed, email, emailProblem } from '../../src/values/email';
import { accountId, idProblem } from '../../src/values/ids';
import { loginName, loginNameProblem } from '../../src/values/loginName';
import { foldText } from '../../src/values/normalize';

// The value checks take a short path for ASCII text and canonical rights. Each must answer as the
// general rule does; the general rule is written out here once more, as the oracle.

const generalFold = (text: string): string => text.trim().normalize('NFC').toLowerCase().normalize('NFC');

const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;
const generalDomain = (domain: string): boolean => {
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => LABEL.test(label));
};

const asciiText = fc.string({ unit: fc.constantFrom(...'aZ09.-_@ \t\u0000\u007fÅé'.split('')), maxLength: 40 });
const anyText = fc.oneof(
  asciiText,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

describe('fast paths answer as the general rules', () => {
  it.prop([anyText], { numRuns: 2000 })('foldText', (text) => {
    expect(foldText(text)).toBe(generalFold(text));
  });

  const domains = fc
    .array(fc.oneof(fc.string({ unit: fc.constantFrom(...'ab09-Z'.split('')), maxLength: 65 }), anyText), {
      maxLength: 4,
    })
    .map((labels) => labels.join('.'));
  it.prop([domains], { numRuns: 2000 })('an email domain', (domain) => {
    expect(domainWellFormed(domain)).toBe(generalDomain(domain));
  });

  const rights = fc.array(fc.constantFrom(...AREAS, 'admin', 'root'), { maxLength: 9 });
  it.prop([rights], { numRuns: 2000 })('canonical access rights', (list) => {
    const known = list.filter((right) => right !== 'root');
    const canonical = known.includes('admin') ? ['admin'] : AREAS.filter((area) => known.includes(area));
    const expected =
      known.length === list.length &&
      canonical.length === known.length &&
      canonical.every((right, index) => right === known[index]);
    expect(accessRightsProblem(list) === null).toBe(expected);
  });

  // A made value's check takes the ASCII path first. The oracle is the constructor, which has no
  // such path: a value is valid as made exactly when the constructor keeps it as it is.
  // Mostly characters each rule allows, now and then one it does not: so both answers come up.
  const mostly = (good: string, bad: string) =>
    fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...good.split('')) }, fc.constantFrom(...bad.split('')));
  const near = (unit: fc.Arbitrary<string>, max: number) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit, minLength: 1, maxLength: 12 }) },
      fc.string({ unit, maxLength: 1 }),
      fc.string({ unit, minLength: max - 2, maxLength: max + 2 }),
    );
  const wordUnit = mostly('az09.-_+', 'AZ @\t\u0000\u007f\u00e5\u200b');
  const nameUnit = mostly('aZ09 .-', '\t\u0000\u007f\u00e5\u200b\u2028');
  const labelUnit = mostly('abz09', '-A_.@\u00e5 ');
  const emails = fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(near(wordUnit, 64), fc.array(near(labelUnit, 63), { minLength: 2, maxLength: 4 }))
        .map(([local, labels]) => `${local}@${labels.join('.')}`),
    },
    near(wordUnit, 254),
    anyText,
  );
  const MADE = [
    ['login names', loginName, loginNameProblem, fc.oneof(near(wordUnit, 64), anyText)],
    ['emails', email, emailProblem, emails],
    ['display names', displayName, displayNameProblem, fc.oneof(near(nameUnit, 200), anyText)],
    ['IDs', accountId, idProblem, fc.oneof(near(wordUnit, 128), anyText)],
  ] as const;
  it.each(MADE)('%s: the check accepts exactly what the constructor keeps', (_, make, problem, texts) => {
    // Not vacuous: many samples are valid, many are not.
    const valid = fc.sample(texts, { numRuns: 1000, seed: 5 }).filter((text) => problem(text) === null).length;
    expect(valid).toBeGreaterThan(100);
    expect(valid).toBeLessThan(900);
    fc.assert(
      fc.property(texts, (text) => {
        const made = make(text);
        expect(problem(text) === null, text).toBe(made.isOk() && made.value === text);
      }),
      { numRuns: 5000 },
    );
  });
});
