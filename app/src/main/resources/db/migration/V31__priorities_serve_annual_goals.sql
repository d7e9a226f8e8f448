-- A quarter's priority may name the annual goal of its year that it serves (issue 22, the annual layer).

-- Command side: where each annual goal sits (team, year) and whether it is retired, so assigning a priority checks the
-- goal it names without loading the goal's aggregate (AnnualGoalDirectoryTable). Annual goals were defined before this
-- table existed: setting done_at back to null has the service fold the log into the directories once more at start-up
-- (DirectoryBackfill); the other directories' handlers set absolute values, so they end where they were.
create table annual_goal_directory
(
    goal_id text primary key,
    team_id text    not null,
    year    integer not null,
    retired boolean not null
);

update command_directory_backfill set done_at = null where id = 1;

-- Read side: the annual goal each priority serves; priorities stored before have none.
alter table priority_view add column annual_goal_id text;
create index priority_view_annual_goal on priority_view (annual_goal_id) where annual_goal_id is not null;
comment on column priority_view.annual_goal_id is 'The annual goal (annual_goal_view.goal_id) of its team or a team '
    'above, of the quarter''s year, that the priority serves; null when it serves none.';
