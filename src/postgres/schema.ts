// The tables: one per kind of record, the access grants, the event log and the requests carried
// out, with every invariant a database can hold written as a constraint, so that no write the
// decisions did not allow can land even through another path.

/** The schema's name, as the store was told it: a plain lower-case SQL identifier. */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/u;

/** The statements that make the tables in schema `s`, each safe to run again. */
export const schemaStatements = (s: string): readonly string[] => [
  `create schema if not exists ${s}`,
  // PA-1: one agreement per LEID.
  `create table if not exists ${s}.agreements (
    leid bigint primary key,
    status text not null check (status in ('active', 'terminated'))
  )`,
  // PA-1, PA-4: a property is linked to an agreement, attached to one's primary account, or
  // neither; \`leid\` is the agreement whose portfolio holds it, either way.
  `create table if not exists ${s}.properties (
    id text primary key,
    link_kind text not null check (link_kind in ('agreement', 'none', 'attached')),
    leid bigint references ${s}.agreements (leid) deferrable initially deferred,
    check ((link_kind = 'none') = (leid is null))
  )`,
  `create index if not exists properties_portfolio on ${s}.properties (leid) where leid is not null`,
  `create index if not exists properties_unlinked on ${s}.properties (id) where link_kind = 'none'`,
  // CX-4, CX-7: one account per login and per skeleton; INV-2: at most one primary per agreement.
  // A primary account's properties are its agreement's portfolio, never stored (PA-1).
  `create table if not exists ${s}.accounts (
    id text primary key,
    kind text not null check (kind in ('primary', 'non_primary')),
    login text not null unique,
    login_skeleton text not null unique,
    email text not null,
    name text not null,
    agreement bigint references ${s}.agreements (leid) deferrable initially deferred,
    rights text[],
    properties text[],
    check ((kind = 'primary') = (agreement is not null)),
    check ((kind = 'primary') = (rights is null and properties is null))
  )`,
  `create unique index if not exists accounts_one_primary on ${s}.accounts (agreement) where kind = 'primary'`,
  `create index if not exists accounts_primary_email on ${s}.accounts (email) where kind = 'primary'`,
  // Who reaches what: one row per non-primary account and property it reaches (CX-2), the index
  // of the properties lists above.
  `create table if not exists ${s}.access (
    property text not null references ${s}.properties (id) deferrable initially deferred,
    account text not null references ${s}.accounts (id) deferrable initially deferred,
    primary key (property, account)
  )`,
  `create index if not exists access_account on ${s}.access (account)`,
  // PA-15, CX-6: an invitation of a property, by an account; its status as stored.
  // \`status_account\` is the account that accepted it, or the admin that revoked it.
  `create table if not exists ${s}.invitations (
    id text primary key,
    property text not null references ${s}.properties (id) deferrable initially deferred,
    invited_by text not null references ${s}.accounts (id) deferrable initially deferred,
    name text not null,
    email text not null,
    rights text[] not null,
    sent_at bigint not null,
    status text not null check (status in ('pending', 'expired', 'accepted', 'revoked')),
    status_at bigint,
    status_account text references ${s}.accounts (id) deferrable initially deferred,
    revoked_by_platform boolean,
    check ((status in ('accepted', 'revoked')) = (status_at is not null)),
    check ((status = 'revoked') = (revoked_by_platform is not null)),
    check (status_account is null or status in ('accepted', 'revoked')),
    check (status <> 'accepted' or status_account is not null),
    check (status <> 'revoked' or revoked_by_platform = (status_account is null))
  )`,
  `create index if not exists invitations_open on ${s}.invitations (property) where status = 'pending'`,
  // Every event, in the order it happened, with the request that caused it: an audit log that is
  // only ever appended to.
  `create table if not exists ${s}.events (
    seq bigserial primary key,
    at bigint not null,
    kind text not null,
    event jsonb not null,
    request text,
    recorded_at timestamptz not null default now()
  )`,
  `create index if not exists events_request on ${s}.events (request) where request is not null`,
  `create or replace function ${s}.events_are_appended_only() returns trigger language plpgsql as $$
    begin
      raise exception 'the event log is appended to, never changed';
    end
  $$`,
  `drop trigger if exists events_append_only on ${s}.events`,
  `create trigger events_append_only before update or delete on ${s}.events
    for each statement execute function ${s}.events_are_appended_only()`,
  // The requests carried out, by the idempotency key their client gave: a retried request is
  // answered from here instead of being applied again.
  `create table if not exists ${s}.requests (
    key text primary key,
    fingerprint text not null,
    rules text[] not null,
    recorded_at timestamptz not null default now()
  )`,
];
