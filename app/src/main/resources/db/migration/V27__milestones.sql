-- Milestones under a priority: the owner's execution plan, in the order it was laid out.

create table milestone_view (
    priority_id  varchar(64) not null,
    milestone_id varchar(64) not null,
    position     integer     not null,
    title        text        not null,
    due_date     date        not null,
    owner_id     text        not null,
    done         boolean     not null,
    added_at     timestamp(6) with time zone not null,
    done_at      timestamp(6) with time zone,
    primary key (priority_id, milestone_id)
);
create index milestone_view_priority on milestone_view (priority_id, position);
comment on table milestone_view is 'One row per milestone of a priority (priority_view.priority_id) still in its plan: '
    'position orders the plan from 1 as the milestones were added (removed ones leave gaps), title, due date, the '
    'person carrying it (owner_id), done and done_at once completed.';

do
$$
begin
    if exists (select from pg_roles where rolname = 'throughline_analyst') then
        grant select on milestone_view to throughline_analyst;
    end if;
end
$$;
