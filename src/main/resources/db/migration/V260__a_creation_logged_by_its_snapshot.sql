-- A creation's entry held its changes (every field, from nothing to its value) beside its
-- snapshot (the record after it): the same values twice, two thirds of the bytes of an import's
-- entries (about 850 of 1,280 a line). Writing the entries of 2,000 imported events took 90 ms in
-- PostgreSQL with them and 33 ms without (docs/benchmarks.md, twelfth round). A creation is now
-- kept by its snapshot alone, and ChangeLog reads its changes from it; entries written before
-- keep theirs.
alter table change_log alter column changes drop not null;
alter table change_log add constraint change_log_changes_kept
    check (changes is not null or (action = 'CREATED' and snapshot is not null));
