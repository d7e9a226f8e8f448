-- Nudges (README, "Nudges"): who is nudged how and when, projected from their events (NotificationsChosen,
-- NotificationDefaultsSet, TeamWebhookSet) by the nudges processor and rebuilt by its replay. Internal, not granted to
-- the analyst role: personal preferences, and a webhook's address lets whoever has it post to the team's channel.
create table notification_choice (
    person_id varchar(50) not null primary key,
    email     boolean     not null,
    chat      boolean     not null,
    digest    boolean     not null,
    notices   boolean     not null,
    chosen_at timestamptz not null
);
comment on table notification_choice is 'The nudges each person chose for themselves (ChooseNotifications); a person '
    'without a row has the organisation''s defaults.';

create table notification_default (
    organisation_id varchar(50) not null primary key,
    digest_day      varchar(9)  not null,
    digest_hour     integer     not null,
    time_zone       text        not null,
    email           boolean     not null,
    chat            boolean     not null,
    digest          boolean     not null,
    notices         boolean     not null,
    set_at          timestamptz not null
);
comment on table notification_default is 'The organisation''s nudges as an admin last set them; no row: Monday 08:00 '
    'UTC, digest and notices by e-mail.';

create table team_webhook (
    team_id varchar(64) not null primary key,
    url     text        not null,
    set_at  timestamptz not null
);
comment on table team_webhook is 'Each team''s chat webhook (Slack, Microsoft Teams), as its lead or an admin set it.';
