package io.throughline.web;

import io.throughline.kernel.audit.GetPriorityHistory;
import io.throughline.kernel.audit.PriorityHistory;
import io.throughline.kernel.priority.FindPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /priorities/{id}}: every field of a priority and its history, who did what, when, why, before → after. */
@Controller
class PriorityPage {

    private final ReadYourWrites reads;

    PriorityPage(ReadYourWrites reads) {
        this.reads = reads;
    }

    @GetMapping("/priorities/{priorityId}")
    String priority(@PathVariable PriorityId priorityId, Model model) {
        model.addAttribute("priority", reads.now(new FindPriority(priorityId), PriorityView.class));
        model.addAttribute("history", reads.now(new GetPriorityHistory(priorityId), PriorityHistory.class));
        return "priority";
    }
}
