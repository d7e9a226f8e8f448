package io.throughline.query.priority;

/** {@code priority_version} in memory, written as the projection writes it: a batch's new and ended states. */
final class InMemoryPriorityVersions implements PriorityVersionRows {

    private final PriorityVersionEntryRepository versions;

    InMemoryPriorityVersions(PriorityVersionEntryRepository versions) {
        this.versions = versions;
    }

    @Override
    public void write(NewStates states) {
        states.endings().forEach(ending -> versions.findById(ending.state())
                .ifPresent(state -> state.endedAt(ending.at())));
        versions.saveAll(states.made());
    }

    @Override
    public void deleteAll() {
        versions.deleteAll();
    }
}
