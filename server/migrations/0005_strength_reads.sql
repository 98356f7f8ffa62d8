-- Who opened a named manager's strengths map (wp-share; renumbered by the coordinator): a row per
-- read by someone other than the manager (HR, where TAIWA_HR_NAMED_STRENGTHS allows it), so the
-- manager's own map can say "人事が 11月28日 に閲覧".
create table strength_reads (
  tenant      text        not null,
  manager_id  text        not null,
  reader_id   text        not null,
  read_at     timestamptz not null default now()
);
create index strength_reads_manager on strength_reads (tenant, manager_id, read_at desc);
