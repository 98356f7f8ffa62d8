-- The member-side feedback items on a usable scale (max > min) as rows (wp-srv; renumbered by the coordinator): a storage
-- layout of `records`, not a precomputed answer. Kept by a trigger in the same transaction as
-- every write of a feedback record (insert, update, delete: the API, the retention, a reset, a
-- bulk load in SQL), so it never disagrees with `records`. The strengths query (server/strengths.ts)
-- reads it in cell and arrival order from one covering index, instead of unnesting every
-- record's jsonb and sorting a million rows on text keys.
create table feedback_items (
  tenant       text        not null,
  record_id    text        collate "C" not null,
  pos          integer     not null,
  manager_id   text        not null,
  member_id    text,
  created_at   timestamptz not null,
  topic_id     text        not null,
  response_id  text        not null,
  lo           integer     not null,
  hi           integer     not null,
  rating       integer     not null,
  -- sharedWithManager as the member sent it; null: the policy's default decides.
  shared       boolean,
  primary key (tenant, record_id, pos)
);

-- Cell (manager × topic × response), then arrival order (createdAt, record id, position): the
-- order the batches of k are cut in. Covering, so the query reads the index only.
create index feedback_items_cell on feedback_items (tenant, manager_id, topic_id, response_id, created_at, record_id, pos)
  include (member_id, lo, hi, rating, shared);

create function taiwa_feedback_items() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then
    delete from feedback_items where tenant = old.tenant and record_id = old.id;
  end if;
  if tg_op <> 'DELETE' and new.body->>'by' = 'member' and new.manager_id is not null
     and (new.body->'scale'->>'max')::int > (new.body->'scale'->>'min')::int then
    insert into feedback_items (tenant, record_id, pos, manager_id, member_id, created_at, topic_id, response_id, lo, hi, rating, shared)
    select new.tenant, new.id, i.pos, new.manager_id, new.body->>'memberId', new.created_at,
           i.item->>'topicId', i.item->>'responseId',
           (new.body->'scale'->>'min')::int, (new.body->'scale'->>'max')::int, (i.item->>'rating')::int,
           (new.body->>'sharedWithManager')::boolean
    from jsonb_array_elements(new.body->'items') with ordinality as i(item, pos);
  end if;
  return null;
end
$$;

create trigger records_feedback_items_insert after insert on records
  for each row when (new.kind = 'feedback') execute function taiwa_feedback_items();
create trigger records_feedback_items_update after update on records
  for each row when (new.kind = 'feedback' or old.kind = 'feedback') execute function taiwa_feedback_items();
create trigger records_feedback_items_delete after delete on records
  for each row when (old.kind = 'feedback') execute function taiwa_feedback_items();

-- The records already stored.
insert into feedback_items (tenant, record_id, pos, manager_id, member_id, created_at, topic_id, response_id, lo, hi, rating, shared)
select r.tenant, r.id, i.pos, r.manager_id, r.body->>'memberId', r.created_at,
       i.item->>'topicId', i.item->>'responseId',
       (r.body->'scale'->>'min')::int, (r.body->'scale'->>'max')::int, (i.item->>'rating')::int,
       (r.body->>'sharedWithManager')::boolean
from records r
cross join lateral jsonb_array_elements(r.body->'items') with ordinality as i(item, pos)
where r.kind = 'feedback' and r.body->>'by' = 'member' and r.manager_id is not null
  and (r.body->'scale'->>'max')::int > (r.body->'scale'->>'min')::int;
