-- A large upload runs as a job (event.ImportJobs): the page that started it can be left and
-- reloaded, and shows how many of the file's events are checked and written, from this row,
-- which the job moves on in transactions of its own while the import's transaction is open.
create table import_job (
    id          uuid        primary key,
    actor       text        not null,
    file_name   text,
    check_only  boolean     not null,
    state       varchar(16) not null default 'RUNNING',
    total       integer     not null default 0,
    checked     integer     not null default 0,
    written     integer     not null default 0,
    -- the import's result once it ends: the lines refused with their problems, or the events written
    outcome     jsonb,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    constraint import_job_state_known check (state in ('RUNNING', 'DONE', 'CHECKED', 'REFUSED', 'FAILED'))
);

create index import_job_started_idx on import_job (started_at);
