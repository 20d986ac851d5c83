import { err, ok, type Result } from 'neverthrow';

import { portfolioLeid } from '../rules/reach';
import { parserOf, request } from '../validation/check';
import { checkOf } from '../validation/shapes';
import { LEAF_CHECKS } from '../validation/values';
import type { Account } from '../values/account';
import type { PartnerAgreement } from '../values/agreement';
import { deepFreeze } from '../values/frozen';
import type { PropertyId } from '../values/ids';
import type { Invitation } from '../values/invitation';
import type { InvalidInput } from '../values/problem';
import type { Property } from '../values/property';
import { answered } from './answers';
import { type CommandActor, commandActorShape } from './command';
import { accountIn, agreementsSeen, invitationIn } from './lookup';
import type { WorldRejection } from './rejection';
import { snapshotOf } from './snapshot';
import { membersOf, type Tables, tablesOf, type World } from './world';

// Need to know: what an actor may see of a world, defined once. An account sees its own record,
// the properties it reaches, the agreements they belong to, and the accounts and invitations
// there: the accounts that reach those properties (the agreements' primary accounts among them)
// and the invitations sent for them. The platform sees everything; an invitee, the invitation it
// holds and the property it is for. Nothing a client is told depends on anything else, but for
// two things the rules disclose by name: whether a login (or one that looks like it) is taken
// (CX-4, CX-7), and the non-primary user an admin names by username and email (PA-14).

/** PA-1, CX-2: the IDs of the properties an account reaches: its portfolio, or its given list. */
const reachedIds = (tables: Tables, account: Account): readonly PropertyId[] =>
  account.kind === 'primary' ? membersOf(tables.portfolios, account.agreement) : account.properties;

/** The records of a world one actor may see. */
export interface WorldView {
  readonly agreements: readonly PartnerAgreement[];
  readonly properties: readonly Property[];
  /**
   * The accounts there. A non-primary account's `properties` lists those of its properties the
   * actor sees: the others are another partner's.
   */
  readonly accounts: readonly Account[];
  readonly invitations: readonly Invitation[];
}

const byId = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const accountView = (tables: Tables, account: Account): WorldView => {
  const properties = reachedIds(tables, account).flatMap((id) => tables.properties.get(id) ?? []);
  const seen = new Set(properties.map(({ id }) => id));
  const agreements = [...answered(tables, agreementsSeen(account))].flatMap(
    (leid) => tables.agreements.get(leid) ?? [],
  );
  const accounts = new Map<string, Account>([[account.id, account]]);
  const invitations: Invitation[] = [];
  for (const property of properties) {
    for (const id of membersOf(tables.propertyInvitations, property.id)) {
      const invitation = tables.invitations.get(id);
      if (invitation !== undefined) invitations.push(invitation);
    }
    const leid = portfolioLeid(property.link);
    const primary = leid === null ? undefined : tables.primaries.get(leid);
    const holders = [...(primary === undefined ? [] : [primary]), ...membersOf(tables.reachers, property.id)];
    for (const id of holders) {
      const holder = tables.accounts.get(id);
      if (holder !== undefined) accounts.set(id, holder);
    }
  }
  return {
    agreements: [...agreements].sort((a, b) => a.leid - b.leid),
    properties: [...properties].sort(byId),
    accounts: [...accounts.values()]
      .map((holder) =>
        holder.kind === 'primary' ? holder : { ...holder, properties: holder.properties.filter((id) => seen.has(id)) },
      )
      .sort(byId),
    invitations: invitations.sort(byId),
  };
};

const parseActor = parserOf(request({ actor: checkOf(commandActorShape, LEAF_CHECKS) }));

/**
 * Need to know: the records of `world` that `actor` may see, defined once (docs/rules.md, "What
 * an actor may see"). An account sees its own record, the properties it reaches, their agreements,
 * and the accounts and invitations there; an invitee, its invitation and that invitation's
 * property; the platform, everything. What a client is told of a world never goes beyond this.
 * An actor the world does not hold (an account, or an invitee's invitation) is `record_not_found`.
 *
 * @example
 * viewOf(world, { kind: 'account', id: anna }); // ok({ agreements: [...], properties: [...], accounts: [...], invitations: [...] })
 */
export const viewOf = (world: World, actor: CommandActor): Result<WorldView, WorldRejection | InvalidInput> => {
  const asked = parseActor({ actor });
  if (asked.isErr()) return err(asked.error);
  const tables = tablesOf(world);
  const who = asked.value.actor;
  switch (who.kind) {
    case 'platform': {
      const { agreements, properties, accounts, invitations } = snapshotOf(world);
      return ok(deepFreeze({ agreements, properties, accounts, invitations }));
    }
    case 'account':
      return answered(tables, accountIn(who.id)).map((account) => deepFreeze(accountView(tables, account)));
    case 'invitee':
      return answered(tables, invitationIn(who.invitation)).map((invitation) => {
        const property = tables.properties.get(invitation.property);
        return deepFreeze({
          agreements: [],
          properties: property === undefined ? [] : [property],
          accounts: [],
          invitations: [invitation],
        });
      });
  }
};
