-- A leader's week (/me) finds what a person owns in every team: their priorities and KPIs, by owner.
create index priority_view_owner on priority_view (owner_id, due_date);
create index metric_view_owner on metric_view (owner_id) where not retired;

-- When a personal access token was last used, for its owner to spot the unused ones (/account). Written when the
-- token is looked up, so no more often than the sign-in cache lets a token through (throughline.security.basic-cache).
alter table access_token add column last_used_at timestamptz;
comment on column access_token.last_used_at is 'When the token was last looked up to sign a request in; null if never. '
    'Lookups are cached (throughline.security.basic-cache), so it is exact to within that time.';
