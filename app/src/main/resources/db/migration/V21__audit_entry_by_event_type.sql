-- The audit page filters by event type and offers the types stored so far as choices: an index led by event_type serves
-- both (the choices by skipping from one type to the next instead of reading every entry).
create index audit_entry_type on audit_entry (event_type, global_sequence);
