-- Each team's depth in the organisation tree: 0 for the root (the executives), 1 and below for the middle layers.
alter table team_view add column level integer not null default 0;
comment on column team_view.level is 'Depth in the organisation tree: 0 for the root team, whose lead and members are the executives.';
