-- Server-assigned revisions (issue 15): every accepted write of a record bumps its revision, and a
-- write may name the revision it was made from (If-Match) or ask for a create (If-None-Match: *).
-- The client clock no longer decides which write wins: writes are applied in arrival order.
alter table records add column revision bigint not null default 1;

-- A replayed answer carries the same ETag as the first one.
alter table idempotency_keys add column etag text;
