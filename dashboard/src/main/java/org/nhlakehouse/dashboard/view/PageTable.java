package org.nhlakehouse.dashboard.view;

import java.util.List;
import java.util.Objects;

import org.nhlakehouse.dashboard.web.EnumChoice;

/**
 * A table of a page with fixed columns, shared by the page and its export: its caption and columns.
 *
 * @param caption what the table is (also its label in the {@code table=} choice)
 * @param columns the columns its query selects, in order
 */
public record PageTable(String caption, List<Column> columns) {

    public PageTable {
        Objects.requireNonNull(caption, "caption");
        columns = List.copyOf(columns);
    }

    /**
     * A page's tables as the allow-list behind its export's {@code table=}: the URL value is the constant's name in
     * lower case, the label its caption.
     */
    public interface Choice extends EnumChoice {

        PageTable table();

        @Override
        default String label() {
            return table().caption();
        }

        default List<Column> columns() {
            return table().columns();
        }
    }
}
