// The world as a diagram: agreements, properties and accounts in three columns, with a line for
// each link (a property to its agreement, or to the agreement whose primary account it is attached
// to) and for each property an account reaches (a primary account its portfolio, a non-primary
// account its properties, thicker when it is their admin). Written as SVG text; every line has a pattern and every
// box its words, so it reads without colour.
import type { AccountId, PropertyId, WorldSnapshot } from 'partner-account-rules';

/** The words a diagram shows, in the page's language. */
export interface DiagramWords {
  readonly agreements: string;
  readonly properties: string;
  readonly accounts: string;
  readonly active: string;
  readonly terminated: string;
  readonly primary: string;
  readonly nonPrimary: string;
  readonly admin: string;
  readonly unlinked: string;
  readonly attachedTo: string;
  readonly title: string;
  /** What each kind of line means, said in words beside the diagram. */
  readonly legend: string;
}

const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const BOX = { width: 230, height: 46, gap: 14 } as const;
const COLUMNS = [20, 330, 640] as const;
const TOP = 50;

interface Box {
  readonly x: number;
  readonly y: number;
}

const at = (column: 0 | 1 | 2, row: number): Box => ({ x: COLUMNS[column], y: TOP + row * (BOX.height + BOX.gap) });

const box = ({ x, y }: Box, lines: readonly [string, string], kind: string, id: string): string =>
  `<g class="box ${kind}" data-id="${escape(id)}"><rect x="${x}" y="${y}" width="${BOX.width}" height="${BOX.height}" rx="6"/>` +
  `<text x="${x + 10}" y="${y + 19}" class="name">${escape(lines[0])}</text>` +
  `<text x="${x + 10}" y="${y + 37}" class="kind">${escape(lines[1])}</text></g>`;

// A line from the left edge of one box to the right edge of another, its pattern naming its kind.
const line = (from: Box, to: Box, kind: string): string =>
  `<line class="link ${kind}" x1="${from.x}" y1="${from.y + BOX.height / 2}" x2="${to.x + BOX.width}" y2="${to.y + BOX.height / 2}"/>`;

/**
 * The diagram of a world, as an SVG element's text, with a title for screen readers; `reachedBy`
 * answers what each account reaches (the core's `propertiesOf`).
 */
export const diagramOf = (
  world: WorldSnapshot,
  words: DiagramWords,
  reachedBy: (account: AccountId) => readonly PropertyId[],
): string => {
  const agreements = new Map(world.agreements.map((agreement, row) => [agreement.leid, at(0, row)]));
  const properties = new Map(world.properties.map((property, row) => [property.id, at(1, row)]));
  const accounts = new Map(world.accounts.map((account, row) => [account.id, at(2, row)]));
  const parts: string[] = [];
  for (const property of world.properties) {
    const here = properties.get(property.id);
    if (here === undefined) continue;
    const leid =
      property.link.kind === 'agreement'
        ? property.link.leid
        : property.link.kind === 'attached'
          ? property.link.primaryOf
          : null;
    const there = leid === null ? undefined : agreements.get(leid);
    if (there !== undefined) parts.push(line(here, there, property.link.kind === 'agreement' ? 'linked' : 'attached'));
  }
  for (const account of world.accounts) {
    const here = accounts.get(account.id);
    if (here === undefined) continue;
    const reached = reachedBy(account.id);
    const kind = account.kind === 'primary' ? 'primary' : account.rights.includes('admin') ? 'admin' : 'reaches';
    for (const id of reached) {
      const there = properties.get(id);
      if (there !== undefined) parts.push(line(here, there, kind));
    }
  }
  for (const agreement of world.agreements) {
    const where = agreements.get(agreement.leid);
    if (where !== undefined)
      parts.push(
        box(
          where,
          [`LEID ${String(agreement.leid)}`, agreement.status === 'active' ? words.active : words.terminated],
          `agreement ${agreement.status}`,
          String(agreement.leid),
        ),
      );
  }
  for (const property of world.properties) {
    const where = properties.get(property.id);
    const link = property.link;
    const kind =
      link.kind === 'agreement'
        ? `LEID ${String(link.leid)}`
        : link.kind === 'attached'
          ? `${words.unlinked}, ${words.attachedTo} ${String(link.primaryOf)}`
          : words.unlinked;
    if (where !== undefined) parts.push(box(where, [property.id, kind], `property ${link.kind}`, property.id));
  }
  for (const account of world.accounts) {
    const where = accounts.get(account.id);
    const kind =
      account.kind === 'primary'
        ? `${words.primary} · LEID ${String(account.agreement)}`
        : `${words.nonPrimary}${account.rights.includes('admin') ? ` · ${words.admin}` : ''}`;
    if (where !== undefined)
      parts.push(box(where, [`${account.name} (${account.id})`, kind], `account ${account.kind}`, account.id));
  }
  const rows = Math.max(world.agreements.length, world.properties.length, world.accounts.length, 1);
  const height = TOP + rows * (BOX.height + BOX.gap) + 10;
  const headings = [words.agreements, words.properties, words.accounts]
    .map(
      (heading, column) =>
        `<text x="${String(COLUMNS[column as 0 | 1 | 2])}" y="30" class="heading">${escape(heading)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(COLUMNS[2] + BOX.width + 20)} ${String(height)}" role="img" aria-labelledby="diagram-title">` +
    `<title id="diagram-title">${escape(words.title)}</title>${headings}${parts.join('')}</svg>`
  );
};
