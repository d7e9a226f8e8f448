-- Decision rights and decisions: per team, who decides, is consulted or is informed on each category of decisions,
-- and the log of decisions taken, each flagged when its decider held no DECIDE right for its category then.

create table decision_right_view (
    team_id     varchar(64) not null,
    category    text        not null,
    holder_kind varchar(8)  not null,
    holder      text        not null,
    mode        varchar(8)  not null,
    defined_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    primary key (team_id, category, holder_kind, holder)
);
comment on table decision_right_view is 'One row per decision right of a team: on category (lower case, single blanks), '
    'the holder (holder_kind ROLE: holder LEAD, the team lead, or MEMBER, anyone in the team; holder_kind PERSON: '
    'holder is a username) decides, is consulted or is informed (mode DECIDE, CONSULT or INFORM).';

create table decision_view (
    decision_id         varchar(64) not null primary key,
    team_id             varchar(64) not null,
    sequence            bigint      not null,
    category            text        not null,
    title               text        not null,
    decision            text        not null,
    decider_id          text        not null,
    consulted           jsonb       not null,
    related_priority_id varchar(64),
    flagged             boolean     not null,
    flag_reason         text,
    recorded_at         timestamp(6) with time zone not null,
    recorded_by         text
);
create index decision_view_team on decision_view (team_id, sequence);
comment on table decision_view is 'One row per decision in a team''s log: category, title, what was decided, the '
    'decider, consulted (a JSON array of usernames) and the related priority. flagged: the decider held no DECIDE '
    'right for the category when it was recorded, as flag_reason says; never recomputed from later rights.';

do
$$
begin
    if exists (select from pg_roles where rolname = 'throughline_analyst') then
        grant select on decision_right_view, decision_view to throughline_analyst;
    end if;
end
$$;
