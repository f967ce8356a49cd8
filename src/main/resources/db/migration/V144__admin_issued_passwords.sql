-- A password an admin gives (a new account, a reset) is known to two people: the account's
-- holder must choose their own before doing anything else. Existing accounts keep theirs.
alter table account add column must_change_password boolean not null default false;
