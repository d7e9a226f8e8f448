package io.throughline.query.consistency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operating the read side, like the projections' administration: it reads the log and the read models directly. */
@RestController
@RequestMapping("/api/admin/consistency")
@Tag(name = "Administration")
class ConsistencyController {

    private final ConsistencyChecker checker;

    ConsistencyController(ConsistencyChecker checker) {
        this.checker = checker;
    }

    @GetMapping
    @Operation(summary = "Compares every read model with a fresh fold of the event log",
            description = "For each projection (event processor), folds the events its token covers through new "
                    + "instances of its handlers into temporary copies of its tables, in one snapshot, and compares "
                    + "them with the live tables row by row. Changes nothing and needs no catch-up; it costs about as "
                    + "much as a replay of every projection. consistent is true only if every processor's verdict is "
                    + "CONSISTENT; a processor that is replaying is NOT_CHECKED.")
    ConsistencyReport check() {
        return checker.check();
    }
}
