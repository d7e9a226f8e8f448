-- 1-on-1 check-ins: who met whom on which day, in which phase, the priorities reviewed and the commitments made.
-- The notes have a table of their own, which analysts are not granted: only the two people and auditors read them.

create table check_in_view (
    check_in_id         varchar(64) not null primary key,
    leader_id           text        not null,
    person_id           text        not null,
    check_in_date       date        not null,
    phase               varchar(16) not null,
    priorities_reviewed jsonb       not null,
    recorded_at         timestamp(6) with time zone not null
);
create index check_in_view_person_leader on check_in_view (person_id, leader_id, check_in_date);
create index check_in_view_leader on check_in_view (leader_id, check_in_date);
comment on table check_in_view is 'One row per 1-on-1 check-in of a leader (leader_id) with a person (person_id) on '
    'check_in_date. phase is FRAME, EMPOWER, TRACK or COACH; priorities_reviewed a JSON array of priority ids. '
    'The notes are in check_in_note.';

create table check_in_note (
    check_in_id varchar(64) not null primary key,
    notes       text        not null
);
comment on table check_in_note is 'The notes of a check-in that has some. Readable through the API by its leader, its '
    'person and auditors only; not granted to analysts.';

create table commitment_view (
    check_in_id varchar(64) not null,
    number      integer     not null,
    person_id   text        not null,
    leader_id   text        not null,
    text        text        not null,
    due_date    date        not null,
    status      varchar(16) not null,
    drop_reason text,
    closed_at   timestamp(6) with time zone,
    primary key (check_in_id, number)
);
create index commitment_view_person on commitment_view (person_id, status, due_date);
comment on table commitment_view is 'One row per commitment a person made in a check-in, numbered from 1 within it. '
    'status is OPEN, COMPLETED or DROPPED (drop_reason says why); closed_at is when it stopped being open. An open '
    'commitment due before today is overdue.';

do
$$
begin
    if exists (select from pg_roles where rolname = 'throughline_analyst') then
        grant select on check_in_view, commitment_view to throughline_analyst;
    end if;
end
$$;
