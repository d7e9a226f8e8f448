-- A scorecard reads only a KPI's recent values: by metric, from a period's first day on (Scorecards).
create index metric_value_metric_period_start on metric_value (metric_id, period_start);
