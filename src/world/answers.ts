import type { Account, NonPrimaryAccount, PrimaryAccount } from '../values/account';
import type { AccountId } from '../values/ids';
import { skeletonOf } from '../values/skeleton';
import type { Asking, Lookup } from './lookups';
import { membersIn, membersOf, type Tables } from './world';

// The reference world's answers to the lookups of world/lookups.ts, each from one index. Lists
// come sorted by ID, as a store lists them too: a decision that lists records (the accounts a
// change of ownership removes) lists them alike whoever answered. The indexes keep each group's
// IDs in order (world/keySet.ts), so the records read off them in turn are in order already.

// The accounts of `ids` that pass `wanted`, in the order of `ids`.
const accountsOf = <T extends Account>(
  tables: Tables,
  ids: readonly AccountId[],
  wanted: (account: Account) => account is T,
): T[] => {
  const found: T[] = [];
  for (const id of ids) {
    const account = tables.accounts.get(id);
    if (account !== undefined && wanted(account)) found.push(account);
  }
  return found;
};

const isPrimary = (account: Account): account is PrimaryAccount => account.kind === 'primary';
const isNonPrimary = (account: Account): account is NonPrimaryAccount => account.kind === 'non_primary';

const answer = (tables: Tables, lookup: Lookup): unknown => {
  switch (lookup.kind) {
    case 'agreement':
      return tables.agreements.get(lookup.leid);
    case 'property':
      return tables.properties.get(lookup.id);
    case 'account':
      return tables.accounts.get(lookup.id);
    case 'invitation':
      return tables.invitations.get(lookup.id);
    case 'login_holder':
      return tables.logins.get(lookup.login) ?? tables.skeletons.get(skeletonOf(lookup.login)) ?? null;
    case 'account_by_login': {
      const id = tables.logins.get(lookup.login);
      return id === undefined ? undefined : tables.accounts.get(id);
    }
    case 'primary_of': {
      const id = tables.primaries.get(lookup.leid);
      const account = id === undefined ? undefined : tables.accounts.get(id);
      return account !== undefined && isPrimary(account) ? account : null;
    }
    case 'primaries_by_email':
      return accountsOf(tables, membersOf(tables.primariesByEmail, lookup.email), isPrimary);
    case 'properties':
      return lookup.ids.flatMap((id) => tables.properties.get(id) ?? []);
    case 'reachers':
      return accountsOf(tables, membersOf(tables.reachers, lookup.property), isNonPrimary);
    case 'open_invitations':
      return membersOf(tables.openInvitations, lookup.property).flatMap((id) => tables.invitations.get(id) ?? []);
    case 'portfolio':
      return membersOf(tables.portfolios, lookup.leid).flatMap((id) => tables.properties.get(id) ?? []);
    case 'some_agreement':
      // A scan of the agreements that stops at the first that answers.
      for (const agreement of tables.agreements.values()) {
        if (agreement.status !== 'active' || agreement.leid === lookup.except) continue;
        const primary = tables.primaries.has(agreement.leid);
        if (lookup.primary === 'any' || primary === (lookup.primary === 'with')) return true;
      }
      return false;
    case 'has_unlinked':
      return tables.unlinked.size > 0;
    case 'outsider_exists':
      return tables.accounts.size - tables.primaries.size > membersIn(tables.reachers, lookup.property);
  }
};

/** Runs `asking` to its end, each lookup answered from the world's tables. */
export const answered = <T>(tables: Tables, asking: Asking<T>): T => {
  let step = asking.next();
  while (step.done !== true) step = asking.next(answer(tables, step.value));
  return step.value;
};
