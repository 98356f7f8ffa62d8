-- Records of every kind, one row per (tenant, kind, id): the latest version the server accepted.
-- The body is the record as validated by the model's schema; the columns beside it are copies
-- of fields the queries filter and order on.
create table records (
  tenant      text        not null,
  kind        text        not null,
  id          text        not null,
  member_id   text,
  manager_id  text,
  session_id  text,
  created_at  timestamptz not null,
  updated_at  timestamptz not null,
  body        jsonb       not null,
  primary key (tenant, kind, id)
);
create index records_member on records (tenant, kind, member_id, created_at);
create index records_manager on records (tenant, kind, manager_id, created_at);
create index records_session on records (tenant, kind, session_id);

-- The answer to every Idempotency-Key, stored in the same transaction as the write it answers.
-- A 5xx is never stored: that transaction rolls back, and the retry gets a real answer.
create table idempotency_keys (
  tenant       text        not null,
  key          text        not null,
  fingerprint  text        not null,
  status       integer     not null check (status between 200 and 499),
  body         jsonb       not null,
  created_at   timestamptz not null default now(),
  primary key (tenant, key)
);

-- A host's catalogue override per locale (GET /catalog/{locale}; none: 404).
create table catalog_overrides (
  tenant  text  not null,
  locale  text  not null,
  body    jsonb not null,
  primary key (tenant, locale)
);
