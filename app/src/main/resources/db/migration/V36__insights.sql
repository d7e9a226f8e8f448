-- Analytics only the event log can give (issue 23): the history of every priority's status with its times and
-- confidence, and how often its goalposts moved. Written by the insights processing group, which a replay rebuilds
-- from the whole log: nothing needs folding here.

create table insight_priority
(
    priority_id       varchar(64) not null primary key,
    team_id           varchar(64) not null,
    quarter           varchar(7)  not null,
    owner_id          text        not null,
    status            varchar(16) not null,
    due_date_moves    integer     not null,
    title_changes     integer     not null,
    criterion_changes integer     not null
);
create index insight_priority_quarter on insight_priority (quarter, team_id);
comment on table insight_priority is 'One row per priority: its team, quarter, owner and status now, and how often its '
    'due date was moved (a due date it had changed or removed), its title changed and its success criterion changed.';

create table insight_status_change
(
    priority_id varchar(64) not null,
    sequence    bigint      not null,
    changed_at  timestamp(6) with time zone not null,
    status      varchar(16) not null,
    confidence  integer,
    owner_id    text        not null,
    primary key (priority_id, sequence)
);
comment on table insight_status_change is 'One row per status report, completion, drop, miss, carry-over and '
    'reinstatement of a priority (sequence: the event''s place in the priority''s history), with the status from then '
    'on, the confidence (0-10) a report gave (else null) and who owned the priority then. A status holds from '
    'changed_at until the next row of the priority.';

do
$$
begin
    if exists (select from pg_roles where rolname = 'throughline_analyst') then
        grant select on insight_priority, insight_status_change to throughline_analyst;
    end if;
end
$$;
