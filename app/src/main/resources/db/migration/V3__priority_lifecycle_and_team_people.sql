-- The priority lifecycle (change, status reports, completion, drop, reinstatement, realignment) and team people.

alter table priority_view
    add column description    text,
    add column status_comment text,
    add column confidence     integer,
    add column orphaned       boolean not null default false;
comment on column priority_view.orphaned is 'True while the parent priority it serves is dropped.';
comment on column priority_view.status_comment is 'Comment of the latest status report, completion, drop (its reason) or reinstatement.';

alter table team_view add column lead_id text;

create table team_member (
    team_id   varchar(64) not null,
    person_id text        not null,
    added_at  timestamp(6) with time zone not null,
    primary key (team_id, person_id)
);
comment on table team_member is 'One row per member of a team (the lead is team_view.lead_id).';
