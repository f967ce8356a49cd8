-- When an account last signed in (a page's form or HTTP Basic), so admins can spot accounts
-- nobody uses. Written at most once a minute and outside the account's version, so that
-- signing in never conflicts with an admin's change to the account.
alter table account add column last_sign_in_at timestamptz;

-- Failed sign-ins, counted per username and per remote address. Every instance of the app
-- reads and writes the same rows (a row is locked while a failure is counted), so a
-- password guesser gains nothing by being spread over instances. A username that names no
-- account is counted like any other: the throttle must not tell which ones exist.
create table sign_in_throttle (
    kind              varchar(8)   not null,
    subject           varchar(100) not null,
    failures          integer      not null,
    window_started_at timestamptz  not null,
    last_failure_at   timestamptz  not null,
    locked_until      timestamptz,
    constraint sign_in_throttle_pk primary key (kind, subject),
    constraint sign_in_throttle_kind_known check (kind in ('USERNAME', 'ADDRESS')),
    constraint sign_in_throttle_failures_positive check (failures > 0),
    constraint sign_in_throttle_window_order check (window_started_at <= last_failure_at)
);

-- Rows of streaks long over are deleted by age.
create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure_at);
