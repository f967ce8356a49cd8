-- A job's instance notes every 30 s that it is still running the job (event.ImportJobs). A job
-- whose note is older than two minutes was running on an instance that stopped: its import's
-- one transaction ended with it, so nothing was written, and its page says the import failed
-- instead of showing it running for ever.
alter table import_job add column beat_at timestamptz not null default now();
