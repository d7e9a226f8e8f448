-- Failed sign-ins (wrong password or unknown account, by the login form or HTTP Basic), counted per account and per
-- client address over a sliding window (SignInThrottle): in PostgreSQL, so that every node counts the same failures.
-- Rows older than the window are deleted as new failures come in.
create table sign_in_failure (
    id        bigint generated always as identity primary key,
    username  varchar(200) not null,
    address   varchar(64)  not null,
    failed_at timestamp(6) with time zone not null
);
create index sign_in_failure_username on sign_in_failure (username, failed_at);
create index sign_in_failure_address on sign_in_failure (address, failed_at);
create index sign_in_failure_failed_at on sign_in_failure (failed_at);
comment on table sign_in_failure is 'Failed sign-ins of the last window, counted to throttle an account or address.';

-- Each time an account or address was throttled, until when: what /admin lists. Kept for a week.
create table sign_in_throttled (
    id            bigint generated always as identity primary key,
    kind          varchar(16)  not null check (kind in ('ACCOUNT', 'ADDRESS')),
    subject       varchar(200) not null,
    failures      integer      not null,
    throttled_at  timestamp(6) with time zone not null,
    until         timestamp(6) with time zone not null
);
create index sign_in_throttled_at on sign_in_throttled (throttled_at);
comment on table sign_in_throttled is 'Accounts and client addresses refused sign-in for too many failures, and until when.';
