-- A team's quarter can be closed and scored, and reopened (issue 22).

-- Command side: which quarters are closed (QuarterDirectoryTable), and where a carried-over priority continues, so a
-- child carried over after its parent is aligned to the parent's successor. Written by the command-directories
-- processing group in the transaction that appends the events; no event filling them existed before this migration,
-- so nothing needs folding.
create table quarter_directory
(
    team_id text    not null,
    quarter text    not null,
    closed  boolean not null,
    primary key (team_id, quarter)
);

alter table priority_directory add column carried_to text;

-- Read side: the lineage of carried-over priorities, and who closed and reopened each quarter.
alter table priority_view add column carried_from_id text;
alter table priority_view add column carried_to_id text;
comment on column priority_view.carried_from_id is 'The previous quarter''s priority this one continues (carried over '
    'into it), else null.';
comment on column priority_view.carried_to_id is 'The next quarter''s priority that continues this one (status '
    'CARRIED_OVER), else null.';

create table quarter_view
(
    quarter_key   text primary key,
    team_id       text        not null,
    quarter       text        not null,
    closed        boolean     not null,
    closed_by     text,
    closed_at     timestamptz,
    reopened_by   text,
    reopened_at   timestamptz,
    reopen_reason text
);
create index quarter_view_team on quarter_view (team_id, quarter);
comment on table quarter_view is 'One row per team and quarter ever closed: closed now or not, who closed it and when, '
    'who last reopened it, when and why. A quarter never closed has no row. Its outcomes are the statuses of the '
    'quarter''s rows in priority_view: COMPLETED (done), MISSED, DROPPED, CARRIED_OVER, the rest still open.';

do
$$
begin
    if exists (select from pg_roles where rolname = 'throughline_analyst') then
        grant select on quarter_view to throughline_analyst;
    end if;
end
$$;
