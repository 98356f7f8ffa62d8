-- feedback_items with integer keys: the same rows as
-- migration 0006 (the member-side items on a usable scale), still a storage layout of `records` kept
-- by its trigger, but each item names its cell (manager × topic × response) and its member by a
-- number from a dictionary, and carries its rating already in units of 1/2520 of its scale. The
-- strengths query (server/strengths.ts) then walks one narrow index cell by cell, comparing integers
-- instead of text, with no per-row arithmetic. The dictionaries hold names only, never a count or a
-- rating: no answer is stored ahead.

-- One number per cell, per tenant. A cell no longer rated keeps its number (the query skips it).
create table feedback_cells (
  id          integer generated always as identity primary key,
  tenant      text not null,
  manager_id  text not null,
  topic_id    text not null,
  response_id text not null,
  unique (tenant, manager_id, topic_id, response_id)
);

-- One number per member, per tenant (0 in feedback_items: a record without a memberId).
create table feedback_members (
  id        integer generated always as identity primary key,
  tenant    text not null,
  member_id text not null,
  unique (tenant, member_id)
);

drop table feedback_items;
create table feedback_items (
  tenant      text        not null,
  record_id   text        collate "C" not null,
  pos         integer     not null,
  -- feedback_cells.id (no foreign key: its check would lock the cell's row on every write).
  cell        integer     not null,
  created_at  timestamptz not null,
  member      integer     not null,
  -- (rating − min) · 2520 / (max − min), within 0..2520; the scale as min · 11 + max.
  units       integer     not null,
  code        smallint    not null,
  -- sharedWithManager as the member sent it; null: the policy's default decides.
  shared      boolean,
  primary key (tenant, record_id, pos)
);

create or replace function taiwa_feedback_items() returns trigger language plpgsql as $$
declare
  stored integer;
begin
  if tg_op <> 'INSERT' then
    delete from feedback_items where tenant = old.tenant and record_id = old.id;
  end if;
  if tg_op <> 'DELETE' and new.body->>'by' = 'member' and new.manager_id is not null
     and (new.body->'scale'->>'max')::int > (new.body->'scale'->>'min')::int then
    -- Known cells and member (nearly always): one statement.
    insert into feedback_items (tenant, record_id, pos, cell, created_at, member, units, code, shared)
    select new.tenant, new.id, i.pos, c.id, new.created_at, coalesce(m.id, 0),
           greatest(0, least(2520, ((i.item->>'rating')::int - s.lo) * (2520 / (s.hi - s.lo)))), s.lo * 11 + s.hi,
           (new.body->>'sharedWithManager')::boolean
    from jsonb_array_elements(new.body->'items') with ordinality as i(item, pos)
    cross join (select (new.body->'scale'->>'min')::int as lo, (new.body->'scale'->>'max')::int as hi) s
    join feedback_cells c on c.tenant = new.tenant and c.manager_id = new.manager_id
                         and c.topic_id = i.item->>'topicId' and c.response_id = i.item->>'responseId'
    left join feedback_members m on m.tenant = new.tenant and m.member_id = new.body->>'memberId'
    where m.id is not null or new.body->>'memberId' is null;
    get diagnostics stored = row_count;
    if stored = jsonb_array_length(new.body->'items') then
      return null;
    end if;
    -- A new cell or member: number it (a key already known draws no number), then store the items
    -- again. Under READ COMMITTED (the server's) these statements see a key another transaction
    -- added meanwhile; a key they cannot see fails the write (cell is not null) rather than losing an item.
    delete from feedback_items where tenant = new.tenant and record_id = new.id;
    insert into feedback_cells (tenant, manager_id, topic_id, response_id)
    select distinct new.tenant, new.manager_id, i.item->>'topicId', i.item->>'responseId'
    from jsonb_array_elements(new.body->'items') as i(item)
    where not exists (select 1 from feedback_cells c where c.tenant = new.tenant and c.manager_id = new.manager_id
                        and c.topic_id = i.item->>'topicId' and c.response_id = i.item->>'responseId')
    -- In key order: two writes numbering overlapping new cells take their locks in the same order.
    order by 3, 4
    on conflict do nothing;
    insert into feedback_members (tenant, member_id)
    select new.tenant, new.body->>'memberId'
    where new.body->>'memberId' is not null
      and not exists (select 1 from feedback_members m where m.tenant = new.tenant and m.member_id = new.body->>'memberId')
    on conflict do nothing;
    insert into feedback_items (tenant, record_id, pos, cell, created_at, member, units, code, shared)
    select new.tenant, new.id, i.pos, c.id, new.created_at, coalesce(m.id, 0),
           greatest(0, least(2520, ((i.item->>'rating')::int - s.lo) * (2520 / (s.hi - s.lo)))), s.lo * 11 + s.hi,
           (new.body->>'sharedWithManager')::boolean
    from jsonb_array_elements(new.body->'items') with ordinality as i(item, pos)
    cross join (select (new.body->'scale'->>'min')::int as lo, (new.body->'scale'->>'max')::int as hi) s
    left join feedback_cells c on c.tenant = new.tenant and c.manager_id = new.manager_id
                              and c.topic_id = i.item->>'topicId' and c.response_id = i.item->>'responseId'
    left join feedback_members m on m.tenant = new.tenant and m.member_id = new.body->>'memberId';
  end if;
  return null;
end
$$;

-- The records already stored (migration 0006's triggers on records stay, and call the function above).
insert into feedback_cells (tenant, manager_id, topic_id, response_id)
select distinct r.tenant, r.manager_id, i.item->>'topicId', i.item->>'responseId'
from records r
cross join lateral jsonb_array_elements(r.body->'items') as i(item)
where r.kind = 'feedback' and r.body->>'by' = 'member' and r.manager_id is not null
  and (r.body->'scale'->>'max')::int > (r.body->'scale'->>'min')::int
order by 1, 2, 3, 4;

insert into feedback_members (tenant, member_id)
select distinct r.tenant, r.body->>'memberId'
from records r
where r.kind = 'feedback' and r.body->>'by' = 'member' and r.manager_id is not null and r.body->>'memberId' is not null
order by 1, 2;

insert into feedback_items (tenant, record_id, pos, cell, created_at, member, units, code, shared)
select r.tenant, r.id, i.pos, c.id, r.created_at, coalesce(m.id, 0),
       greatest(0, least(2520, ((i.item->>'rating')::int - s.lo) * (2520 / (s.hi - s.lo)))), s.lo * 11 + s.hi,
       (r.body->>'sharedWithManager')::boolean
from records r
cross join lateral (select (r.body->'scale'->>'min')::int as lo, (r.body->'scale'->>'max')::int as hi) s
cross join lateral jsonb_array_elements(r.body->'items') with ordinality as i(item, pos)
join feedback_cells c on c.tenant = r.tenant and c.manager_id = r.manager_id
                     and c.topic_id = i.item->>'topicId' and c.response_id = i.item->>'responseId'
left join feedback_members m on m.tenant = r.tenant and m.member_id = r.body->>'memberId'
where r.kind = 'feedback' and r.body->>'by' = 'member' and r.manager_id is not null
  and s.hi > s.lo;

-- Cell, then arrival order (createdAt, record id, position): the order the batches of k are cut in.
-- Covering, so the query reads the index only (built after the backfill: one sort, not a million inserts); items the member shared by name are never read.
create index feedback_items_cell on feedback_items (cell, created_at, record_id, pos)
  include (units, member, code, shared) where shared is not true;

-- An erased person (their people row deleted after their records: server/me.ts) leaves no name in
-- the dictionaries once no stored item uses its number. A number still in use keeps its name: it
-- is never drawn twice, so the same member can never come back under a second number.
create function taiwa_feedback_keys_forget() returns trigger language plpgsql as $$
begin
  -- Every item's member has a feedback record under that member id: asked of records' member index,
  -- not of feedback_items (which has no index by member: a scan of the tenant's items per erasure).
  delete from feedback_members m where m.tenant = old.tenant and m.member_id = old.id
    and not exists (select 1 from records r where r.tenant = old.tenant and r.kind = 'feedback' and r.member_id = old.id);
  -- Items shared by name are never read (nor in the index): a cell left with those alone goes too.
  delete from feedback_cells c where c.tenant = old.tenant and c.manager_id = old.id
    and not exists (select 1 from feedback_items f where f.cell = c.id and f.shared is not true);
  return null;
end
$$;

create trigger people_feedback_keys_delete after delete on people
  for each row execute function taiwa_feedback_keys_forget();
