import type { WorldSnapshot } from 'partner-account-rules';

import { accountRow, agreementRow, COLUMNS, invitationRow, propertyRow } from './records';

// A snapshot written in bulk: each table's rows as one JSON parameter, unpacked by the database
// (`jsonb_to_recordset`), a few thousand rows a statement.

const CHUNK = 5_000;

interface Table {
  readonly name: string;
  /** Each column with its SQL type, in the order of the rows below. */
  readonly columns: readonly (readonly [string, string])[];
  readonly rows: readonly (readonly unknown[])[];
}

const statementsOf = (s: string, { name, columns, rows }: Table): [string, unknown[]][] => {
  const text = `insert into ${s}.${name} (${columns.map(([column]) => column).join(', ')})
    select ${columns.map(([column]) => column).join(', ')}
    from jsonb_to_recordset($1::jsonb) as r (${columns.map(([column, type]) => `${column} ${type}`).join(', ')})`;
  const statements: [string, unknown[]][] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const objects = rows
      .slice(start, start + CHUNK)
      .map((row) => Object.fromEntries(columns.map(([column], index) => [column, row[index]])));
    statements.push([text, objects]);
  }
  return statements;
};

/**
 * The statements that write `snapshot`'s records into the tables of schema `s`, each with its rows.
 */
export const seedStatements = (s: string, snapshot: WorldSnapshot): [string, unknown[]][] => {
  const access = snapshot.accounts.flatMap((account) =>
    account.kind === 'non_primary' ? account.properties.map((property) => [property, account.id]) : [],
  );
  const tables: Table[] = [
    { name: 'agreements', columns: COLUMNS.agreements, rows: snapshot.agreements.map(agreementRow) },
    { name: 'properties', columns: COLUMNS.properties, rows: snapshot.properties.map(propertyRow) },
    { name: 'accounts', columns: COLUMNS.accounts, rows: snapshot.accounts.map(accountRow) },
    {
      name: 'access',
      columns: [
        ['property', 'text'],
        ['account', 'text'],
      ],
      rows: access,
    },
    { name: 'invitations', columns: COLUMNS.invitations, rows: snapshot.invitations.map(invitationRow) },
  ];
  return tables.flatMap((table) => statementsOf(s, table));
};
