-- Writes sent with an Idempotency-Key: each key is applied once; a repeat answers the stored result.
create table idempotency_record (
    idempotency_key     varchar(255) not null primary key,
    request_fingerprint varchar(64)  not null,
    result_type         varchar(255),
    result              bytea,
    created_at          timestamp(6) with time zone not null default now()
);
comment on table idempotency_record is 'Write-side bookkeeping, not a read model: one row per Idempotency-Key used, with '
    'a SHA-256 of the command it carried and the command''s serialized result.';
