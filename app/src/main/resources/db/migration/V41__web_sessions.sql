-- The web UI's sessions (the sign-in and the CSRF token of each browser), kept by Spring Session in PostgreSQL rather
-- than in the memory of the node that created them: any node serves any browser, and a session outlives a restart.
-- The tables are spring-session-jdbc's own (org/springframework/session/jdbc/schema-postgresql.sql, 3.5), created here
-- because Flyway owns the schema (spring.session.jdbc.initialize-schema=never). Not for analysts: the attributes hold
-- each browser's signed-in principal and CSRF token.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);
comment on table spring_session is 'Web UI sessions (Spring Session JDBC); expired ones are deleted every minute by a node.';

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
comment on table spring_session_attributes is 'Each web session''s attributes (Java-serialized): its sign-in and CSRF token.';
