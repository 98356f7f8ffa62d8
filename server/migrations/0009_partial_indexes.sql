-- The write path's lookups by full key (a record by (tenant, kind, id), a person by (tenant, id),
-- a key by (tenant, key)) use the primary keys whatever the statistics say. Without statistics
-- (a table that grew since its last ANALYZE, or never analyzed: PGlite has no autovacuum) the
-- planner takes each equality for selective (0.5 %), so (tenant, kind) alone looks like one row,
-- and it chose the smallest index that starts with those columns: records_session (all null for
-- most kinds) or people_department, filtering on id: a cost per lookup that grows with the table
-- (EXPLAIN ANALYZE at 30,000 unanalyzed rows: 30,000 rows removed by the filter per lookup).
-- Each secondary index now holds only the rows whose column it serves is set: every query that
-- uses it compares that column (`= $x`, `= any(...)`, a join), which implies `is not null`, so it
-- still can; a lookup by full key implies nothing about them, so only the primary key remains.
drop index records_member;
create index records_member on records (tenant, kind, member_id, created_at) where member_id is not null;
drop index records_manager;
create index records_manager on records (tenant, kind, manager_id, created_at) where manager_id is not null;
drop index records_session;
create index records_session on records (tenant, kind, session_id) where session_id is not null;
drop index people_manager;
create index people_manager on people (tenant, manager_id) where manager_id is not null;
drop index people_department;
create index people_department on people (tenant, department) where department is not null;
