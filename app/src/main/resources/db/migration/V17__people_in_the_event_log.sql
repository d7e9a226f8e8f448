-- People are in the event log (command-side's Person aggregate: PersonRegistered, RoleGranted, RoleRevoked,
-- AccountDisabled, AccountEnabled, PasswordSet). users and authorities become a projection of those events, kept by
-- command-side's AccountProjection in the transaction that stores them; they keep Spring Security's shape.
--
-- Passwords are never in the log: their bcrypt hashes move to a table of their own, written by the accounts service
-- (UserAccounts) in the transaction of the command that records that a password was set. The projection never
-- touches it, so users and authorities could be rebuilt from the log without losing anyone's password.
create table account_password (
    username   varchar(50)  not null primary key references users (username),
    hash       varchar(500) not null,
    changed_at timestamp(6) with time zone not null default now()
);
comment on table account_password is 'The bcrypt hash of each account''s password: beside the accounts projection, outside the event log.';
insert into account_password (username, hash) select username, password from users;
alter table users drop column password;
comment on table users is 'Accounts: a projection of the person events (AccountProjection). The usernames are the person ids used as owners.';

-- The accounts created before people were in the log: each is registered once through the commands (RegisterPerson
-- with its roles, then DisableAccount if it was disabled), actor "system", by the first node with the command role to
-- start (PersonBackfill), which deletes its row in the same transaction. Nodes starting together share the work: each
-- takes a row with FOR UPDATE SKIP LOCKED. Until its row is gone an account signs in and may be named as before, since
-- the check of the people a command names reads users.
create table person_backfill (
    username varchar(50) not null primary key references users (username)
);
comment on table person_backfill is 'Accounts from before V17 still to be registered in the event log (PersonBackfill).';
insert into person_backfill (username) select username from users;
