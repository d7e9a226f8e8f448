-- The executive roll-up says how old the word on each priority is: "reported 17 days ago", stale after 14 days.
alter table priority_view add column reported_at timestamptz;
comment on column priority_view.reported_at is 'When its owner last reported a status (PriorityStatusUpdated); null '
    'before the first report.';

-- Rows projected before this column existed take the instant from the event log they are folded from, so that the
-- roll-up does not call every priority unreported after the upgrade. (Under Axon Server the log is not in this
-- database: those rows stay null until the projections are replayed.)
update priority_view p
   set reported_at = (select max(e.time_stamp::timestamptz)
                        from domain_event_entry e
                       where e.aggregate_identifier = p.priority_id
                         and e.payload_type = 'io.throughline.kernel.priority.PriorityStatusUpdated');
