-- SCIM DELETE (wp-scim): a deleted person answers 404 to SCIM from then on, and is inactive, so
-- that the retention (server/retention.ts) deletes them with their records once it runs out.
-- Their userName is free again for a new person; POSTing their id again brings them back.
alter table people add column deleted_at timestamptz;
drop index people_user_name;
create unique index people_user_name on people (tenant, lower(user_name)) where deleted_at is null;
