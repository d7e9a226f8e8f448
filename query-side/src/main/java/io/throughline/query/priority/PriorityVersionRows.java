package io.throughline.query.priority;

/** {@code priority_version}, as the priority projection writes it: a batch's new and ended states at once. */
interface PriorityVersionRows {

    /** Called once the batch is about to commit, in its transaction. */
    void write(NewStates states);

    void deleteAll();
}
