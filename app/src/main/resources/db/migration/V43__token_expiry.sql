-- Personal access tokens expire: chosen when a token is created (POST /api/me/tokens expiresInDays, 90 by default),
-- refused from then on. The tokens made before expiry existed get 90 days from this migration, the default a new one
-- gets: not their creation + 90 days, which would cut off at once the scripts that have used an older token for months
-- without warning, and not never, which would keep the very tokens most likely forgotten working for ever. Their
-- owners see the date on /account and have three months to replace them.
alter table access_token add column expires_at timestamptz;
update access_token set expires_at = now() + interval '90 days';
alter table access_token alter column expires_at set not null;
comment on column access_token.expires_at is 'From this instant on the token is refused. Tokens older than the column '
    'were given 90 days from its migration (V43).';
