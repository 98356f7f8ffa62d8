-- The HR cadence in SQL (wp-hrsrv; renumbered by the coordinator): the calendar date a record
-- names, as a UTC day number (days since 1970-01-01), read as src/insights/periods.ts `dayOf`
-- reads it: the first ten characters `YYYY-MM-DD`, null when they are not a date (31 February
-- included). Nested CASEs only (PostgreSQL does not promise the order of an AND), so a bad date
-- in a hand-edited row is null, never an error; one SQL expression the planner inlines.
create or replace function taiwa_day(t text) returns integer language sql immutable parallel safe as $$
  select case when t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' then
    case when substr(t, 1, 4)::int >= 1 and substr(t, 6, 2)::int between 1 and 12 and substr(t, 9, 2)::int between 1 and
      case substr(t, 6, 2)::int
        when 2 then case when substr(t, 1, 4)::int % 4 = 0 and (substr(t, 1, 4)::int % 100 <> 0 or substr(t, 1, 4)::int % 400 = 0) then 29 else 28 end
        when 4 then 30 when 6 then 30 when 9 then 30 when 11 then 30 else 31 end
    then make_date(substr(t, 1, 4)::int, substr(t, 6, 2)::int, substr(t, 9, 2)::int) - date '1970-01-01' end
  end
$$;
