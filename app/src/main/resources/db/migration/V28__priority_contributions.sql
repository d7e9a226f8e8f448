-- Lateral alignment: besides the one parent it serves in the cascade, a priority may contribute to open priorities of
-- other teams in its quarter. One row per link, kept while the link stands.

create table priority_contribution_view (
    priority_id        varchar(64) not null,
    target_priority_id varchar(64) not null,
    target_dropped     boolean     not null,
    added_at           timestamp(6) with time zone not null,
    primary key (priority_id, target_priority_id)
);
create index priority_contribution_view_target on priority_contribution_view (target_priority_id);
comment on table priority_contribution_view is 'One row per lateral link: priority_id contributes to '
    'target_priority_id (both priority_view.priority_id, same quarter), besides the parent it serves. A link that is '
    'removed is deleted; the history keeps it.';
comment on column priority_contribution_view.target_dropped is 'True while the priority contributed to is dropped: '
    'the contributor is flagged, as a child of a dropped parent is (priority_view.orphaned).';

do
$$
begin
    if exists (select from pg_roles where rolname = 'throughline_analyst') then
        grant select on priority_contribution_view to throughline_analyst;
    end if;
end
$$;
