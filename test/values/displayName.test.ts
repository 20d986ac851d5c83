import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { displayName } from '../../src/index';

describe('displayName', () => {
  it('a name is trimmed and keeps its case', () => {
    expect(displayName('  Anna Karlsson ')).toStrictEqual(ok('Anna Karlsson'));
  });

  it('a blank name is refused as empty', () => {
    expect(displayName(' \t ')).toStrictEqual(err({ value: 'display_name', problem: { code: 'empty' } }));
  });

  it('a name with a control character is refused', () => {
    expect(displayName('Anna\u0007')).toStrictEqual(
      err({ value: 'display_name', problem: { code: 'control_character', position: 4 } }),
    );
  });
});
