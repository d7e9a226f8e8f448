-- Scorecards: thresholds, kinds, retirement and corrections of KPIs; team assessments.

alter table metric_view
    add column kind        varchar(16) not null default 'LAGGING',
    add column green_at    numeric,
    add column red_at      numeric,
    add column priority_id varchar(64),
    add column retired     boolean not null default false;
comment on column metric_view.green_at is 'Values at or beyond it on the good side are GREEN. Null for metrics projected '
    'before thresholds existed: they follow the default rule until replayed (green at the target, red 10% beyond it).';
comment on column metric_view.red_at is 'Values beyond it on the bad side are RED; between the two, YELLOW.';

alter table metric_value
    add column original_value    numeric,
    add column correction_reason text,
    add column corrected_at      timestamp(6) with time zone,
    add column corrected_by      text;
comment on column metric_value.original_value is 'The value first recorded, when it has been corrected since; null otherwise.';

create table team_assessment (
    team_id     varchar(64) not null,
    sequence    bigint      not null,
    dimension   varchar(32) not null,
    score       numeric(2, 1) not null,
    respondents integer     not null,
    assessed_on date        not null,
    baseline    boolean     not null,
    recorded_at timestamp(6) with time zone not null,
    primary key (team_id, sequence)
);
comment on table team_assessment is 'One row per team assessment on one dimension (TEAM_DYNAMICS, STRATEGIC_ALIGNMENT, '
    'CULTURAL_HEALTH, DECISION_MAKING), score 1.0 to 5.0; baseline marks the first per team and dimension.';
