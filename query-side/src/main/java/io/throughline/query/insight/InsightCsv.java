package io.throughline.query.insight;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.throughline.kernel.TextValue;
import io.throughline.query.EventFields;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the rows of a figure as CSV: one column per component of the row's record, in their order, with a header;
 * exact values as the API gives them (ids, {@code 0.7500}), empty where the API has null.
 */
final class InsightCsv {

    private static final CsvMapper CSV = new CsvMapper();

    private InsightCsv() {
    }

    static void write(Figure figure, List<? extends Record> rows, OutputStream out) throws IOException {
        RecordComponent[] columns = figure.rowType.getRecordComponents();
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        Arrays.stream(columns).forEach(column -> schema.addColumn(column.getName()));
        try (SequenceWriter writer = CSV.writer(schema.build()).writeValues(out)) {
            for (Record row : rows) {
                writer.write(Arrays.stream(columns).map(column -> text(EventFields.valueOf(column, row))).toList());
            }
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof TextValue text) {
            return text.value();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }
}
