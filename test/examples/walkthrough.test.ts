import { describe, expect, it } from 'vitest';
import { walkthrough } from '../../examples/walkthrough';
import { STEPS } from '../../examples/steps';

describe('the walkthrough behind npm start', () => {
  it.each(['en', 'sv'] as const)('every step turns out as the article says (%s)', (locale) => {
    expect(walkthrough(locale).surprises).toBe(0);
  });

  it('covers every PA- rule of the article on at least one step', () => {
    const cited = new Set(STEPS.flatMap((step) => step.title.en.match(/PA-\d+/gu) ?? []));
    const missing = Array.from({ length: 18 }, (_, index) => `PA-${String(index + 1)}`).filter((id) => !cited.has(id));
    expect(missing).toStrictEqual([]);
  });

  it('prints Swedish with --locale sv, in the Swedish article\'s terms', () => {
    const { text } = walkthrough('sv');
    expect(text).toContain('Hantera boenden och användare via ett primärt konto');
    expect(text).toContain('id för en juridisk person');
    expect(text).not.toContain('Property "');
  });
});
