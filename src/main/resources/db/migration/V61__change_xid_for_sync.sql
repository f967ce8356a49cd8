-- The sync feed ("what changed since") orders changes by the id of the transaction that made
-- them, not by updated_at (now(), the transaction's start): a transaction that started earlier
-- may commit later, and would be skipped by a reader that had moved past its time. The feed
-- hands out only changes of transactions below the oldest one still in flight
-- (pg_snapshot_xmin), so whatever commits later has a larger id than anything handed out.
-- Rows from before this migration share 0 and come in id order.
alter table event           add column change_xid bigint not null default 0;
alter table source          add column change_xid bigint not null default 0;
alter table person          add column change_xid bigint not null default 0;
alter table institution     add column change_xid bigint not null default 0;
alter table agreement       add column change_xid bigint not null default 0;
alter table economic_figure add column change_xid bigint not null default 0;

create function mark_change_xid() returns trigger language plpgsql as $$
begin
    new.change_xid := pg_current_xact_id()::text::bigint;
    return new;
end
$$;

create trigger event_change_xid before insert or update on event for each row execute function mark_change_xid();
create trigger source_change_xid before insert or update on source for each row execute function mark_change_xid();
create trigger person_change_xid before insert or update on person for each row execute function mark_change_xid();
create trigger institution_change_xid before insert or update on institution for each row execute function mark_change_xid();
create trigger agreement_change_xid before insert or update on agreement for each row execute function mark_change_xid();
create trigger economic_figure_change_xid before insert or update on economic_figure for each row execute function mark_change_xid();

create index event_change_xid_idx on event (change_xid, id);
create index source_change_xid_idx on source (change_xid, id);
create index person_change_xid_idx on person (change_xid, id);
create index institution_change_xid_idx on institution (change_xid, id);
create index agreement_change_xid_idx on agreement (change_xid, id);
create index economic_figure_change_xid_idx on economic_figure (change_xid, id);
