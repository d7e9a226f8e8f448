-- What the command side needs to know about other aggregates while it handles a command: who leads or belongs where
-- in the team tree, and where a priority sits. Written by a subscribing processor in the transaction that appends the
-- events (command-side TeamDirectoryTable, PriorityDirectoryTable), so a command reads them current without loading,
-- and so locking, the Team and Priority aggregates it does not change: a leader's command used to lock every team up
-- to the root.
create table team_directory
(
    team_id        text primary key,
    parent_team_id text,
    lead_id        text
);

create table team_directory_member
(
    team_id   text not null,
    person_id text not null,
    primary key (team_id, person_id)
);

create table priority_directory
(
    priority_id text primary key,
    team_id     text    not null,
    quarter     text    not null,
    owner_id    text    not null,
    closed      boolean not null
);

-- The tables start empty, also on a database whose event log already has teams and priorities: the service folds
-- the whole log into them once at start-up (DirectoryBackfill), before it takes requests, and then sets done_at.
-- Under Axon Server the log is not in this database, so no SQL here could fold it. A later migration that adds a
-- directory sets done_at back to null to have its table filled the same way.
create table command_directory_backfill
(
    id      int primary key check (id = 1),
    done_at timestamptz
);

insert into command_directory_backfill (id, done_at)
values (1, null);
