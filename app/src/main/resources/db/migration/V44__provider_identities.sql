-- Who a person signing in with the company's identity provider is: the provider's issuer and subject, linked to the
-- username registered at their first sign-in (ProviderAccounts). Beside the accounts projection like the passwords
-- (account_password), not a projection of the log: replaying the log leaves it as it is.
create table account_identity (
    issuer    varchar(1000) not null,
    subject   varchar(255)  not null,
    username  varchar(50)   not null unique,
    linked_at timestamptz   not null default now(),
    primary key (issuer, subject)
);
comment on table account_identity is 'Each person registered by signing in with an OpenID Connect provider: the '
    'provider''s issuer and subject (sub claim), and the username they were registered with.';
