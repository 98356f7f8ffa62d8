-- People and the org chart, one row per (tenant, id). `id` is the person id: the subject of the
-- host's token and the memberId / managerId of records. Provisioned through SCIM 2.0 /Users or
-- the CLI import; a deactivated person keeps their records until the retention runs out.
create table people (
  tenant          text        not null,
  id              text        not null,
  user_name       text        not null,
  external_id     text,
  display_name    text        not null,
  email           text,
  time_zone       text,
  manager_id      text,
  department      text,
  active          boolean     not null default true,
  deactivated_at  timestamptz,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  -- Incremented on every change: SCIM's meta.version (a weak ETag).
  version         integer     not null default 1,
  primary key (tenant, id)
);
create unique index people_user_name on people (tenant, lower(user_name));
create index people_manager on people (tenant, manager_id);
create index people_department on people (tenant, department);

-- What a person may do beyond their relations in the org chart: `hr-admin` reads the
-- organisation's aggregates (never memos, comments or reflections).
create table grants (
  tenant     text not null,
  person_id  text not null,
  kind       text not null check (kind in ('hr-admin')),
  primary key (tenant, person_id, kind)
);
