-- People who sign in, and their personal access tokens. users and authorities have the shape of Spring Security's
-- JdbcUserDetailsManager; a role is stored as authority ROLE_<NAME>.
create table users (
    username     varchar(50)  not null primary key,
    password     varchar(500) not null,
    enabled      boolean      not null,
    display_name text         not null default '',
    created_at   timestamp(6) with time zone not null default now()
);
comment on table users is 'Accounts; password is a bcrypt hash. The usernames are the person ids used as owners.';

create table authorities (
    username  varchar(50) not null references users (username),
    authority varchar(50) not null,
    primary key (username, authority)
);

create table access_token (
    id         uuid        not null primary key,
    token_hash char(64)    not null unique,
    username   varchar(50) not null references users (username),
    name       text        not null,
    created_at timestamp(6) with time zone not null,
    revoked_at timestamp(6) with time zone
);
comment on table access_token is 'Personal access tokens, stored only as the SHA-256 of the token.';
