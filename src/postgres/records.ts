import {
  type Account,
  type Invitation,
  loginSkeleton,
  type PartnerAgreement,
  type Property,
} from 'partner-account-rules';

import type { Row } from './client';

// Records to rows and back. A row read is turned into the record's plain fields here and checked
// where it is used (decideWith checks every answer; the snapshot goes through makeSnapshot), so a
// row that was changed behind the store's back is found, never trusted.

const field = (row: unknown, name: string): unknown =>
  typeof row === 'object' && row !== null ? (row as Row)[name] : undefined;

// bigint columns come back as text from `pg` and as numbers or bigints from PGlite.
const integer = (value: unknown): unknown =>
  typeof value === 'string' || typeof value === 'bigint' ? Number(value) : value;

/** The plain fields of an agreement row. */
export const agreementOf = (row: unknown): unknown => ({
  leid: integer(field(row, 'leid')),
  status: field(row, 'status'),
});

/** The plain fields of a property row. */
export const propertyOf = (row: unknown): unknown => {
  const leid = integer(field(row, 'leid'));
  const kind = field(row, 'link_kind');
  return {
    id: field(row, 'id'),
    link: kind === 'agreement' ? { kind, leid } : kind === 'attached' ? { kind, primaryOf: leid } : { kind },
  };
};

/** The plain fields of an account row. */
export const accountOf = (row: unknown): unknown => {
  const kind = field(row, 'kind');
  const login = {
    id: field(row, 'id'),
    login: field(row, 'login'),
    email: field(row, 'email'),
    name: field(row, 'name'),
  };
  return kind === 'primary'
    ? { kind, ...login, agreement: integer(field(row, 'agreement')) }
    : { kind, ...login, rights: field(row, 'rights'), properties: field(row, 'properties') };
};

const statusOf = (row: unknown): unknown => {
  const kind = field(row, 'status');
  const at = integer(field(row, 'status_at'));
  const account = field(row, 'status_account');
  if (kind === 'accepted') return { kind, at, account };
  if (kind !== 'revoked') return { kind };
  return {
    kind,
    at,
    by: field(row, 'revoked_by_platform') === true ? { kind: 'platform' } : { kind: 'account', id: account },
  };
};

/** The plain fields of an invitation row. */
export const invitationOf = (row: unknown): unknown => ({
  id: field(row, 'id'),
  property: field(row, 'property'),
  invitedBy: field(row, 'invited_by'),
  name: field(row, 'name'),
  email: field(row, 'email'),
  rights: field(row, 'rights'),
  sentAt: integer(field(row, 'sent_at')),
  status: statusOf(row),
});

/** The column of one row field, for the answers that are a single value. */
export const columnOf = field;

// Rows to write: the columns of each table, in its INSERT's order.

/**
 * Each table's record columns with their SQL types, in the order the `…Row` functions below give
 * their values: the one list the writes, the seed and the reads follow.
 */
export const COLUMNS = {
  agreements: [
    ['leid', 'bigint'],
    ['status', 'text'],
  ],
  properties: [
    ['id', 'text'],
    ['link_kind', 'text'],
    ['leid', 'bigint'],
  ],
  accounts: [
    ['id', 'text'],
    ['kind', 'text'],
    ['login', 'text'],
    ['login_skeleton', 'text'],
    ['email', 'text'],
    ['name', 'text'],
    ['agreement', 'bigint'],
    ['rights', 'text[]'],
    ['properties', 'text[]'],
  ],
  invitations: [
    ['id', 'text'],
    ['property', 'text'],
    ['invited_by', 'text'],
    ['name', 'text'],
    ['email', 'text'],
    ['rights', 'text[]'],
    ['sent_at', 'bigint'],
    ['status', 'text'],
    ['status_at', 'bigint'],
    ['status_account', 'text'],
    ['revoked_by_platform', 'boolean'],
  ],
} as const satisfies Readonly<Record<string, readonly (readonly [string, string])[]>>;

/** The record tables. */
export type RecordTable = keyof typeof COLUMNS;

/** The names of `table`'s record columns. */
export const columnNames = (table: RecordTable): readonly string[] => COLUMNS[table].map(([name]) => name);

export const agreementRow = ({ leid, status }: PartnerAgreement): unknown[] => [leid, status];

export const propertyRow = ({ id, link }: Property): unknown[] => [
  id,
  link.kind,
  link.kind === 'agreement' ? link.leid : link.kind === 'attached' ? link.primaryOf : null,
];

/** CX-7: the skeleton of a login the store writes or looks for. A login the library made has one. */
export const skeleton = (login: string): string => loginSkeleton(login).unwrapOr(login);

export const accountRow = (account: Account): unknown[] => [
  account.id,
  account.kind,
  account.login,
  skeleton(account.login),
  account.email,
  account.name,
  ...(account.kind === 'primary'
    ? [account.agreement, null, null]
    : [null, [...account.rights], [...account.properties]]),
];

export const invitationRow = (invitation: Invitation): unknown[] => {
  const { status } = invitation;
  const statusColumns =
    status.kind === 'accepted'
      ? [status.at, status.account, null]
      : status.kind === 'revoked'
        ? [status.at, status.by.kind === 'account' ? status.by.id : null, status.by.kind === 'platform']
        : [null, null, null];
  return [
    invitation.id,
    invitation.property,
    invitation.invitedBy,
    invitation.name,
    invitation.email,
    [...invitation.rights],
    invitation.sentAt,
    status.kind,
    ...statusColumns,
  ];
};
