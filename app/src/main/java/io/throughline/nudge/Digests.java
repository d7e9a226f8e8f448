package io.throughline.nudge;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.nudge.NotificationChoices;
import io.throughline.kernel.nudge.NotificationDefaults;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.nudge.NotificationSettingsProjection;
import io.throughline.security.UserAccounts;
import io.throughline.web.People;
import io.throughline.web.words.Words;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides the weekly digests once their day and hour have come: for each person, what is due, recorded in the
 * outbox for each of their channels, or nothing when nothing is due or they turned digests off. One person per
 * transaction, under an advisory lock on them, so that nodes looking at the same time split the people between them
 * instead of computing the same digests twice; the digest_decision key would still keep either from recording one twice.
 */
@Component
class Digests {

    /** The first key of the advisory locks on people's digests (the second is the person): "nudg". */
    private static final int DIGEST_LOCKS = 0x6e756467;

    private final NoticeOutbox outbox;
    private final DueReader due;
    private final NoticeTemplates templates;
    private final NotificationSettingsProjection settings;
    private final UserAccounts accounts;
    private final NudgeProperties properties;
    private final MessageSource messages;
    private final JdbcTemplate sql;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Digests(NoticeOutbox outbox, DueReader due, NoticeTemplates templates, NotificationSettingsProjection settings,
            UserAccounts accounts, NudgeProperties properties, MessageSource messages, JdbcTemplate sql, Clock clock,
            PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.due = due;
        this.templates = templates;
        this.settings = settings;
        this.accounts = accounts;
        this.properties = properties;
        this.messages = messages;
        this.sql = sql;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Decides the digests of this week that are due and not decided yet; how many it recorded. */
    int decideDue() {
        NotificationDefaults defaults = settings.defaults();
        String week = DigestSchedule.dueWeek(clock.instant(), defaults).orElse(null);
        if (week == null) {
            return 0;
        }
        List<UserAccounts.Account> everyone = accounts.list();
        People.Names names = new People.Names(everyone.stream()
                .collect(Collectors.toMap(UserAccounts.Account::username, UserAccounts.Account::name)));
        Map<PersonId, NotificationChoices> own = settings.ownChoices();
        int recorded = 0;
        for (UserAccounts.Account account : everyone) {
            PersonId person = new PersonId(account.username());
            if (!account.enabled() || outbox.digestDecided(week, person)) {
                continue;
            }
            NotificationChoices choices = own.getOrDefault(person, defaults.choices());
            Integer notices = transaction.execute(status -> decide(week, account, choices, names));
            recorded += notices == null ? 0 : notices;
        }
        return recorded;
    }

    /** How many notices it recorded; 0 too when another node holds the person or decided them meanwhile. */
    private int decide(String week, UserAccounts.Account account, NotificationChoices choices, People.Names names) {
        PersonId person = new PersonId(account.username());
        if (!Boolean.TRUE.equals(sql.queryForObject("select pg_try_advisory_xact_lock(?, hashtext(?))", Boolean.class,
                DIGEST_LOCKS, person.value())) || outbox.digestDecided(week, person)) {
            return 0;
        }
        Instant now = clock.instant();
        if (!choices.digest()) {
            outbox.decideDigest(week, person, 0, now);
            return 0;
        }
        Words words = Words.outsidePages(messages, clock, () -> names);
        DueInputs inputs = due.read(person);
        List<DueItem> items = WhatIsDue.of(inputs, properties.thresholds(), words);
        if (!outbox.decideDigest(week, person, items.size(), now) || items.isEmpty()) {
            return 0;
        }
        int recorded = 0;
        if (choices.email() && account.email() != null) {
            NoticeTemplates.Mail mail = templates.digest(account.name(), words.period(new Period(week)), items);
            recorded += outbox.record(new Notice(Notice.Kind.DIGEST, person.value(), week, Notice.Channel.EMAIL,
                    account.email(), mail.subject(), mail.text(), mail.html()), now) ? 1 : 0;
        }
        if (choices.chat()) {
            recorded += recordChat(week, account, items, teamNames(inputs), now);
        }
        return recorded;
    }

    /** To each team's webhook, the lines of the digest about that team. */
    private int recordChat(String week, UserAccounts.Account account, List<DueItem> items,
                           Map<TeamId, String> teamNames, Instant now) {
        Map<TeamId, List<DueItem>> byTeam = new LinkedHashMap<>();
        items.stream().filter(item -> item.team() != null)
                .forEach(item -> byTeam.computeIfAbsent(item.team(), team -> new ArrayList<>()).add(item));
        Map<TeamId, String> webhooks = settings.webhooksOf(byTeam.keySet());
        int recorded = 0;
        for (Map.Entry<TeamId, List<DueItem>> team : byTeam.entrySet()) {
            String webhook = webhooks.get(team.getKey());
            if (webhook == null) {
                continue;
            }
            String heading = account.name() + "'s week in " + teamNames.getOrDefault(team.getKey(),
                    team.getKey().value()) + ":";
            recorded += outbox.record(new Notice(Notice.Kind.DIGEST, account.username(), week, Notice.Channel.CHAT,
                    webhook, heading, templates.chat(heading, team.getValue()), null), now) ? 1 : 0;
        }
        return recorded;
    }

    private static Map<TeamId, String> teamNames(DueInputs inputs) {
        Map<TeamId, String> names = new HashMap<>();
        inputs.week().teamNames().forEach((id, name) -> names.put(new TeamId(id), name));
        inputs.week().teamsILead().forEach(team -> names.put(team.teamId(), team.name()));
        return names;
    }

}
