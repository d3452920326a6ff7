package org.nhlakehouse.aws.athena;

import java.util.ArrayList;
import java.util.List;

import org.nhlakehouse.core.engine.ResultColumn;

import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.Row;

/** Reading Athena's result rows: every value arrives as text in a {@code Datum}. */
final class AthenaRows {

    private AthenaRows() {
    }

    /** Whether a row is the column header that Athena puts first in a SELECT's first page. */
    static boolean repeatsColumnNames(List<ResultColumn> columns, Row row) {
        List<Datum> data = row.data();
        if (data.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).name().equals(data.get(i).varCharValue())) {
                return false;
            }
        }
        return true;
    }

    static List<Object> values(List<ResultColumn> columns, Row row) {
        List<Datum> data = row.data();
        List<Object> values = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            String text = i < data.size() ? data.get(i).varCharValue() : null;
            values.add(AthenaValues.value(columns.get(i).type(), text));
        }
        return values;
    }
}
