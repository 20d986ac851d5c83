// Where docs/performance.md explains a missed target: each target belongs to one section under
// "Why each target is missed", named by its heading. The bench prints every miss with its
// section's text (the profile and what would close it), and says so when a miss has none.

/** The heading under which docs/performance.md explains a target, from the target's name. */
export const sectionOf = (target: string): string => {
  const decision = /^(canAddProperty|canAddUser|canInvite), made records/u.exec(target);
  if (decision !== null) return `${decision[1] ?? ''} on made records`;
  if (/^can\w+, object literals/u.test(target)) return 'Decisions on object literals';
  if (target.includes('same output')) {
    return target.includes('made records') ? '`act` on made records' : '`act` on object literals';
  }
  if (target.startsWith('execute')) return 'Commands on a large world';
  if (target.startsWith('heap')) return 'Heap of the 100,000-property world';
  if (target.startsWith('snapshot parse')) return 'Snapshot parsing';
  if (target.startsWith('commandFromBody')) return 'A request body';
  if (target.startsWith('listing')) return 'The listing';
  return target;
};

const WHY_HEADING = '## Why each target is missed, and what would close it';

/**
 * The sections under "Why each target is missed" of docs/performance.md, by heading (`### …`),
 * each with its text joined into one line per paragraph.
 */
export const sectionsIn = (markdown: string): ReadonlyMap<string, string> => {
  const sections = new Map<string, string>();
  const start = markdown.indexOf(`\n${WHY_HEADING}\n`);
  if (start === -1) return sections;
  const body = markdown.slice(start + WHY_HEADING.length + 2);
  const end = body.search(/^## /mu);
  const part = end === -1 ? body : body.slice(0, end);
  for (const chunk of part.split(/^### /mu).slice(1)) {
    const newline = chunk.indexOf('\n');
    const heading = (newline === -1 ? chunk : chunk.slice(0, newline)).trim();
    const text = (newline === -1 ? '' : chunk.slice(newline + 1))
      .split(/\n\s*\n/u)
      .map((paragraph) => paragraph.replace(/\s*\n\s*/gu, ' ').trim())
      .filter((paragraph) => paragraph !== '')
      .join('\n\n');
    sections.set(heading, text);
  }
  return sections;
};

/** What the bench prints after its tables: every miss under its section, with the section's text. */
export const explainMisses = (missed: readonly string[], markdown: string): string => {
  if (missed.length === 0) return 'Every target met.';
  const sections = sectionsIn(markdown);
  const bySection = new Map<string, string[]>();
  for (const target of missed) {
    const section = sectionOf(target);
    const targets = bySection.get(section);
    if (targets === undefined) bySection.set(section, [target]);
    else targets.push(target);
  }
  const parts = [
    `${String(missed.length)} targets missed. What docs/performance.md says of each (its figures are from the run it records):`,
  ];
  for (const [section, targets] of bySection) {
    const text = sections.get(section);
    parts.push(
      [
        `### ${section}`,
        ...targets.map((target) => `- MISSED: ${target}`),
        text ?? `NOT EXPLAINED: docs/performance.md has no section "### ${section}" under "${WHY_HEADING.slice(3)}".`,
      ].join('\n'),
    );
  }
  return parts.join('\n\n');
};
