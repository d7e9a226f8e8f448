package io.throughline.query.consistency;

import java.util.List;

/**
 * One read-model table against a fresh fold of the log. A row that differs in any column counts on both sides.
 *
 * @param table                  the table
 * @param readModelRows          rows in the read model
 * @param foldRows               rows the fold made
 * @param onlyInFold             rows the fold made that the read model lacks (or has otherwise)
 * @param onlyInReadModel        rows of the read model that the fold did not make (or made otherwise)
 * @param sampleKeysOnlyInFold   the primary keys of up to five of those rows, as {@code column=value, ...}
 * @param sampleKeysOnlyInReadModel the same for the read model's rows
 */
public record TableConsistency(String table, long readModelRows, long foldRows, long onlyInFold,
                               long onlyInReadModel, List<String> sampleKeysOnlyInFold,
                               List<String> sampleKeysOnlyInReadModel) {

    public boolean consistent() {
        return onlyInFold == 0 && onlyInReadModel == 0;
    }
}
