package io.throughline.web;

import io.throughline.kernel.audit.PriorityHistory;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.web.words.Histories;
import io.throughline.web.words.HistorySentences;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The history part of a priority's page (templates/history.html): its events as sentences, newest first unless asked. */
@Component
class PriorityHistoryPart {

    private final Histories histories;

    PriorityHistoryPart(Histories histories) {
        this.histories = histories;
    }

    void addTo(Model model, PriorityView priority, PriorityHistory history, boolean oldestFirst) {
        HistorySentences sentences = histories.sentences();
        List<HistorySentences.Told> told = new ArrayList<>(history.entries().stream()
                .map(entry -> sentences.ofPriority(entry, priority.teamId().value())).toList());
        if (!oldestFirst) {
            Collections.reverse(told);
        }
        model.addAttribute("told", told);
        model.addAttribute("oldestFirst", oldestFirst);
    }
}
