package io.throughline.kernel.priority;

import java.util.List;

/** A priority's milestones in order, with how many of them are done. */
public record MilestonePlan(List<MilestoneView> milestones, int done, int total) {

    public static MilestonePlan of(List<MilestoneView> milestones) {
        return new MilestonePlan(List.copyOf(milestones), (int) milestones.stream().filter(MilestoneView::done).count(),
                milestones.size());
    }
}
