import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { explainMisses, sectionOf, sectionsIn } from '../../bench/why';

const performance = readFileSync(new URL('../../docs/performance.md', import.meta.url), 'utf8');
const results = JSON.parse(readFileSync(new URL('../../bench/results.json', import.meta.url), 'utf8')) as {
  readonly mode: string;
  readonly verdicts: readonly { readonly what: string; readonly met: boolean }[];
};

describe("the bench's misses and docs/performance.md", () => {
  it('gives every target of the last run a section of its own kind', () => {
    expect(results.verdicts.length).toBeGreaterThanOrEqual(48);
    for (const { what } of results.verdicts) expect(sectionOf(what), what).not.toBe(what);
    expect(sectionOf('canInvite, made records ≤ 2× expert CASL')).toBe('canInvite on made records');
    expect(sectionOf('canInvite, object literals ≤ 1.5 µs')).toBe('Decisions on object literals');
    expect(sectionOf('invite, object literals ≤ 15× same output')).toBe('`act` on object literals');
  });

  it('explains every miss of the committed full run', () => {
    const sections = sectionsIn(performance);
    const missed = results.verdicts.filter(({ met }) => !met).map(({ what }) => sectionOf(what));
    // A quick run (`npm run bench -- --quick`) rewrites results.json with noisier verdicts; the
    // committed file is a full run, which the docs describe.
    if (results.mode === 'full') {
      expect(missed.length).toBeGreaterThan(0);
      for (const section of missed) expect(sections.get(section) ?? '', section).toMatch(/What would close/u);
    }
    expect([...sections.keys()]).toContain('The listing');
  });

  it('prints each miss under its section with the section text, and says when there is none', () => {
    const markdown = [
      '# Performance',
      '',
      '## Why each target is missed, and what would close it',
      '',
      '### Snapshot parsing',
      '',
      'Slow because',
      'of the reader.',
      '',
      'What would close it: a faster one.',
      '',
      '## The machine',
      '',
      '### Not a reason',
    ].join('\n');
    expect([...sectionsIn(markdown)]).toStrictEqual([
      ['Snapshot parsing', 'Slow because of the reader.\n\nWhat would close it: a faster one.'],
    ]);
    const printed = explainMisses(['snapshot parse ≥ 300,000 records/s', 'heap at 100k ≤ 200 MB'], markdown);
    expect(printed).toContain(
      '### Snapshot parsing\n- MISSED: snapshot parse ≥ 300,000 records/s\nSlow because of the reader.',
    );
    expect(printed).toContain('### Heap of the 100,000-property world\n- MISSED: heap at 100k ≤ 200 MB\nNOT EXPLAINED');
    expect(printed.startsWith('2 targets missed')).toBe(true);
    expect(explainMisses([], markdown)).toBe('Every target met.');
    expect(sectionsIn('# No such section')).toStrictEqual(new Map());
  });
});
