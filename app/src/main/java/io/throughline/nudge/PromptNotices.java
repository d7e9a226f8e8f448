package io.throughline.nudge;

import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.decision.DecisionRecorded;
import io.throughline.kernel.nudge.NotificationChoices;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityReassigned;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.nudge.NotificationSettingsProjection;
import io.throughline.query.priority.PriorityEntry;
import io.throughline.query.priority.PriorityEntryRepository;
import io.throughline.query.team.TeamEntry;
import io.throughline.query.team.TeamEntryRepository;
import io.throughline.query.team.TeamMemberEntry;
import io.throughline.query.team.TeamMemberEntryRepository;
import io.throughline.security.UserAccounts;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prompt notices, recorded in the outbox as their events arrive (and sent at the next delivery, within
 * throughline.nudges.check-every): a priority assigned or reassigned to someone, a priority they serve dropped, a
 * decision flagged in their team. Each is keyed by its event's id, recorded in the transaction that moves this
 * processor's token past the event: recorded once whatever node handles it, and never replayed
 * ({@link ProcessingGroups#NOTICES}). Nobody is told of what they did themselves.
 * <p>
 * A processor rather than a poll of the audit trail: it is woken by each commit (no polling delay), its claim keeps it
 * on one node at a time, and the audit trail is itself a projection, rebuilt by its own replays.
 */
@Component
@ProcessingGroup(ProcessingGroups.NOTICES)
class PromptNotices {

    private final NoticeOutbox outbox;
    private final NoticeTemplates templates;
    private final NotificationSettingsProjection settings;
    private final UserAccounts accounts;
    private final PriorityEntryRepository priorities;
    private final TeamEntryRepository teams;
    private final TeamMemberEntryRepository members;
    private final Clock clock;

    PromptNotices(NoticeOutbox outbox, NoticeTemplates templates, NotificationSettingsProjection settings,
                  UserAccounts accounts, PriorityEntryRepository priorities, TeamEntryRepository teams,
                  TeamMemberEntryRepository members, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.settings = settings;
        this.accounts = accounts;
        this.priorities = priorities;
        this.teams = teams;
        this.members = members;
        this.clock = clock;
    }

    @EventHandler
    void on(PriorityAssigned event, @MessageIdentifier String eventId, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        String path = "/priorities/" + event.priorityId();
        tell(Notice.Kind.ASSIGNED, eventId, actor, List.of(event.ownerId()), event.teamId(),
                "Priority assigned to you: " + event.title(),
                name(actor) + " assigned you “" + event.title() + "” in " + teamName(event.teamId()), path);
    }

    @EventHandler
    void on(PriorityReassigned event, @MessageIdentifier String eventId,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        priorities.findById(event.priorityId().value()).map(PriorityEntry::toView).ifPresent(priority -> tell(
                Notice.Kind.REASSIGNED, eventId, actor, List.of(event.ownerId().after()), priority.teamId(),
                "Priority handed to you: " + priority.title(),
                name(actor) + " handed “" + priority.title() + "” in " + teamName(priority.teamId()) + " to you",
                "/priorities/" + priority.id()));
    }

    /** Told to the owner of each priority that served it, on the priority of theirs. */
    @EventHandler
    void on(PriorityDropped event, @MessageIdentifier String eventId, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        String dropped = priorities.findById(event.priorityId().value()).map(PriorityEntry::toView)
                .map(PriorityView::title).orElse("a priority");
        for (PriorityEntry entry : priorities.findByParentPriorityIdOrderByAssignedAtAsc(event.priorityId().value())) {
            PriorityView serving = entry.toView();
            tell(Notice.Kind.SERVED_DROPPED, eventId + "/" + serving.id(), actor, List.of(serving.ownerId()),
                    serving.teamId(), "A priority yours serves was dropped: " + dropped,
                    "“" + dropped + "”, which your “" + serving.title() + "” serves, was dropped",
                    "/priorities/" + serving.id());
        }
    }

    /** Told to the team's lead and members; the reason, which names people and rights, stays on the page. */
    @EventHandler
    void on(DecisionRecorded event, @MessageIdentifier String eventId,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        if (!event.flagged()) {
            return;
        }
        Set<PersonId> team = new LinkedHashSet<>();
        teams.findById(event.teamId().value()).map(TeamEntry::leadId).ifPresent(team::add);
        members.findByTeamIdOrderByPersonIdAsc(event.teamId().value()).stream().map(TeamMemberEntry::person)
                .forEach(team::add);
        tell(Notice.Kind.DECISION_FLAGGED, eventId, actor, team, event.teamId(),
                "A decision was flagged in " + teamName(event.teamId()) + ": " + event.title(),
                "A decision in " + teamName(event.teamId()) + " was flagged: “" + event.title() + "”",
                "/teams/" + event.teamId() + "/decisions");
    }

    /**
     * Records the notice for each of the people who chose prompt notices, by e-mail; and once to the team's chat
     * webhook when any of them chose chat.
     */
    private void tell(Notice.Kind kind, String about, String actor, Iterable<PersonId> people, TeamId team,
                      String subject, String sentence, String path) {
        Map<PersonId, NotificationChoices> own = settings.ownChoices();
        NotificationChoices defaults = settings.defaults().choices();
        boolean chat = false;
        for (PersonId person : people) {
            NotificationChoices choices = own.getOrDefault(person, defaults);
            if (person == null || person.value().equals(actor) || !choices.notices() || !accounts.exists(person.value())) {
                continue;
            }
            UserAccounts.Account account = accounts.find(person.value());
            if (!account.enabled()) {
                continue;
            }
            if (choices.email() && account.email() != null) {
                NoticeTemplates.Mail mail = templates.notice(account.name(), subject, sentence, path);
                outbox.record(new Notice(kind, person.value(), about, Notice.Channel.EMAIL, account.email(),
                        mail.subject(), mail.text(), mail.html()), clock.instant());
            }
            chat |= choices.chat();
        }
        String webhook = chat ? settings.webhooksOf(List.of(team)).get(team) : null;
        if (webhook != null) {
            outbox.record(new Notice(kind, team.value(), about, Notice.Channel.CHAT, webhook, subject,
                    templates.chat(subject, sentence, path), null), clock.instant());
        }
    }

    private String name(String username) {
        return username == null || !accounts.exists(username) ? "Someone" : accounts.find(username).name();
    }

    private String teamName(TeamId team) {
        return teams.findById(team.value()).map(TeamEntry::name).orElse("a team");
    }
}
