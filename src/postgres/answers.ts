import type { Lookup, Write } from 'partner-account-rules';

import type { Queryable } from './client';
import {
  accountOf,
  accountRow,
  agreementOf,
  agreementRow,
  columnNames,
  columnOf,
  invitationOf,
  invitationRow,
  propertyOf,
  propertyRow,
  skeleton,
} from './records';

// Each lookup of the library answered with one query, and each write carried out with one or
// three, within the transaction the command runs in. Every query reads by a key or an index.

const rowsOf = async (tx: Queryable, text: string, params: unknown[]): Promise<readonly unknown[]> =>
  (await tx.query(text, params)).rows;

const firstOf = async (tx: Queryable, text: string, params: unknown[]): Promise<unknown> =>
  (await rowsOf(tx, text, params))[0];

// The records of the rows, sorted by ID as JavaScript sorts strings, as the world lists them (a
// database's collation may sort otherwise).
const listOf = async (
  tx: Queryable,
  text: string,
  params: unknown[],
  recordOf: (row: unknown) => unknown,
): Promise<unknown[]> => {
  const ids = (row: unknown): string => String(columnOf(row, 'id'));
  return [...(await rowsOf(tx, text, params))]
    .sort((a, b) => (ids(a) < ids(b) ? -1 : ids(a) > ids(b) ? 1 : 0))
    .map(recordOf);
};

const exists = async (tx: Queryable, text: string, params: unknown[]): Promise<boolean> =>
  columnOf(await firstOf(tx, `select exists (${text}) as found`, params), 'found') === true;

// The columns a read selects: a record's own (an account's skeleton is the store's, not the record's).
const ACCOUNT_COLUMNS = columnNames('accounts').filter((column) => column !== 'login_skeleton');
const ACCOUNT = ACCOUNT_COLUMNS.join(', ');
const INVITATION = columnNames('invitations').join(', ');
// The same, of the accounts joined as `a`.
const JOINED_ACCOUNT = ACCOUNT_COLUMNS.map((column) => `a.${column}`).join(', ');

/** The answer to `lookup`, from the tables of schema `s`. */
export const answer = async (tx: Queryable, s: string, lookup: Lookup): Promise<unknown> => {
  switch (lookup.kind) {
    case 'agreement': {
      const row = await firstOf(tx, `select leid, status from ${s}.agreements where leid = $1`, [lookup.leid]);
      return row === undefined ? undefined : agreementOf(row);
    }
    case 'property': {
      const row = await firstOf(tx, `select id, link_kind, leid from ${s}.properties where id = $1`, [lookup.id]);
      return row === undefined ? undefined : propertyOf(row);
    }
    case 'account': {
      const row = await firstOf(tx, `select ${ACCOUNT} from ${s}.accounts where id = $1`, [lookup.id]);
      return row === undefined ? undefined : accountOf(row);
    }
    case 'invitation': {
      const row = await firstOf(tx, `select ${INVITATION} from ${s}.invitations where id = $1`, [lookup.id]);
      return row === undefined ? undefined : invitationOf(row);
    }
    case 'login_holder': {
      // The holder of the login itself first; else the one whose login looks like it (CX-7).
      const row = await firstOf(
        tx,
        `select id from ${s}.accounts where login = $1 or login_skeleton = $2 order by login = $1 desc limit 1`,
        [lookup.login, skeleton(lookup.login)],
      );
      return row === undefined ? null : columnOf(row, 'id');
    }
    case 'account_by_login': {
      const row = await firstOf(tx, `select ${ACCOUNT} from ${s}.accounts where login = $1`, [lookup.login]);
      return row === undefined ? undefined : accountOf(row);
    }
    case 'primary_of': {
      const row = await firstOf(tx, `select ${ACCOUNT} from ${s}.accounts where kind = 'primary' and agreement = $1`, [
        lookup.leid,
      ]);
      return row === undefined ? null : accountOf(row);
    }
    case 'primaries_by_email':
      return listOf(
        tx,
        `select ${ACCOUNT} from ${s}.accounts where kind = 'primary' and email = $1`,
        [lookup.email],
        accountOf,
      );
    case 'properties': {
      // In the order asked, those that are there.
      const rows = await rowsOf(tx, `select id, link_kind, leid from ${s}.properties where id = any ($1::text[])`, [
        [...lookup.ids],
      ]);
      const found = new Map(rows.map((row) => [columnOf(row, 'id'), row]));
      return lookup.ids.flatMap((id) => {
        const row = found.get(id);
        return row === undefined ? [] : [propertyOf(row)];
      });
    }
    case 'reachers':
      return listOf(
        tx,
        `select ${JOINED_ACCOUNT} from ${s}.access x join ${s}.accounts a on a.id = x.account
         where x.property = $1`,
        [lookup.property],
        accountOf,
      );
    case 'open_invitations':
      return listOf(
        tx,
        `select ${INVITATION} from ${s}.invitations where property = $1 and status = 'pending'`,
        [lookup.property],
        invitationOf,
      );
    case 'portfolio':
      return listOf(tx, `select id, link_kind, leid from ${s}.properties where leid = $1`, [lookup.leid], propertyOf);
    case 'some_agreement': {
      const primary = `exists (select 1 from ${s}.accounts a where a.kind = 'primary' and a.agreement = g.leid)`;
      const test =
        lookup.primary === 'with' ? `and ${primary}` : lookup.primary === 'without' ? `and not ${primary}` : '';
      return exists(
        tx,
        `select 1 from ${s}.agreements g where g.status = 'active' and g.leid is distinct from $1::bigint ${test}`,
        [lookup.except],
      );
    }
    case 'has_unlinked':
      return exists(tx, `select 1 from ${s}.properties where link_kind = 'none'`, []);
    case 'outsider_exists':
      return exists(
        tx,
        `select 1 from ${s}.accounts a where a.kind = 'non_primary'
         and not exists (select 1 from ${s}.access x where x.account = a.id and x.property = $1)`,
        [lookup.property],
      );
  }
};

const upsert = (s: string, table: string, columns: readonly string[], key: string): string =>
  `insert into ${s}.${table} (${columns.join(', ')}) values (${columns.map((_, index) => `$${String(index + 1)}`).join(', ')})
   on conflict (${key}) do update set ${columns
     .filter((column) => column !== key)
     .map((column) => `${column} = excluded.${column}`)
     .join(', ')}`;

/** The statements of schema `s` that write each kind of record. */
export const writers = (s: string) => ({
  agreement: upsert(s, 'agreements', columnNames('agreements'), 'leid'),
  property: upsert(s, 'properties', columnNames('properties'), 'id'),
  account: upsert(s, 'accounts', columnNames('accounts'), 'id'),
  invitation: upsert(s, 'invitations', columnNames('invitations'), 'id'),
  reachAdded: `insert into ${s}.access (property, account) select unnest($2::text[]), $1 on conflict do nothing`,
  reachRemoved: `delete from ${s}.access where account = $1 and property = any ($2::text[])`,
});

/** The statements of {@link writers}. */
export type Writers = ReturnType<typeof writers>;

/** Carries out one write: the record stored whole, and an account's reach changed by what it gained and lost. */
export const write = async (tx: Queryable, statements: Writers, change: Write): Promise<void> => {
  switch (change.kind) {
    case 'agreement':
      await tx.query(statements.agreement, agreementRow(change.agreement));
      return;
    case 'property':
      await tx.query(statements.property, propertyRow(change.property));
      return;
    case 'invitation':
      await tx.query(statements.invitation, invitationRow(change.invitation));
      return;
    case 'account': {
      const { account, reach } = change;
      await tx.query(statements.account, accountRow(account));
      if (reach.removed.length > 0) await tx.query(statements.reachRemoved, [account.id, [...reach.removed]]);
      if (reach.added.length > 0) await tx.query(statements.reachAdded, [account.id, [...reach.added]]);
    }
  }
};
