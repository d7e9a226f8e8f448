-- Churn: how often a priority has been changed, reassigned or realigned since it was assigned.
alter table priority_view add column change_count integer not null default 0;
comment on column priority_view.change_count is 'How many PriorityChanged, PriorityReassigned and PriorityRealigned '
    'events the priority has had. Rows projected before this column existed stay at 0 until the dashboard projections '
    'are replayed.';

-- The company dashboard reads a whole quarter at once.
create index priority_view_quarter on priority_view (quarter);
