-- The value a period had at an instant is the value_before of its first correction after that instant (KnownValues).
-- Found through its key (metric_id, sequence), that was a walk over every correction of the KPI for each period read:
-- a KPI corrected 60,000 times made a team's scorecard as of a date take seconds. By period, it is one index probe.
create index metric_value_correction_by_period on metric_value_correction (metric_id, period, sequence);
