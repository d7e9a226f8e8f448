package io.throughline.query.progress;

/** The tables of progress versions, as the progress projection writes them: a batch's new versions at once. */
interface ProgressVersionRows {

    /** Called once the batch is about to commit, in its transaction. */
    void write(NewVersions versions);

    void deleteAll();
}
