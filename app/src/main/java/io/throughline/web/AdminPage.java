package io.throughline.web;

import io.throughline.query.replay.ProjectionAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /admin}: the projections and where each stands, with a replay button and a progress bar that htmx refreshes
 * every second. Like the API's admin endpoints it operates the read side, not the domain, so it talks to the processors.
 */
@Controller
class AdminPage {

    private final ProjectionAdministration projections;

    AdminPage(ProjectionAdministration projections) {
        this.projections = projections;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("projections", projections.list());
        return "admin";
    }

    /** The table alone, for the page's refresh every second. */
    @GetMapping("/admin/projections")
    String table(Model model) {
        model.addAttribute("projections", projections.list());
        return "admin :: projections";
    }

    @PostMapping("/admin/projections/{name}/replay")
    String replay(@PathVariable String name) {
        projections.replay(name);
        return "redirect:/admin";
    }
}
