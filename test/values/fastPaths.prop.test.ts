import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { accessRightsProblem, AREAS } from '../../src/values/accessRights';
import { domainWellFormed } from '../../src/values/email';
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
});
