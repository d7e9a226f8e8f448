-- Where notices reach each person: set when an account is created or changed (RegisterPerson.email, ChangeEmail),
-- kept by the accounts projection like the rest of the row. Null: no address given.
alter table users add column email varchar(254);
comment on column users.email is 'The person''s e-mail address for digests and notices; null when none was given.';
