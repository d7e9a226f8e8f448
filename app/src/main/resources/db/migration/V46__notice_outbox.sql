-- Nudges (README, "Nudges"): every notice is recorded here before it is sent, and sent from here, so that nothing is
-- sent twice: not by two nodes, not after a restart, not on a replay. Internal (not granted to the analyst role): it
-- holds addresses and webhooks.
create table notice (
    id              bigserial   not null primary key,
    kind            varchar(20) not null,
    recipient_id    varchar(50) not null,
    about           text        not null,
    channel         varchar(5)  not null,
    address         text        not null,
    subject         text        not null,
    body_text       text        not null,
    body_html       text,
    recorded_at     timestamptz not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    sent_at         timestamptz,
    unique (kind, recipient_id, about, channel, address)
);
comment on table notice is 'The notice outbox: what (kind), to whom (recipient_id, channel, address), for which '
    'period or event (about: the ISO week of a digest, the event id of a prompt notice); sent_at null until delivered, '
    'retried from next_attempt_at with back-off.';
create index notice_undelivered on notice (next_attempt_at) where sent_at is null;

-- A digest is decided once per person and week, whether or not anything was due: a row here, inserted in the same
-- transaction as the digest's notices, is what keeps a second node or a restart from deciding it again.
create table digest_decision (
    week         varchar(8)  not null,
    recipient_id varchar(50) not null,
    lines        integer     not null,
    decided_at   timestamptz not null,
    primary key (week, recipient_id)
);
comment on table digest_decision is 'The weekly digests decided: week as 2026-W49, lines 0 when nothing was due (none sent).';
