package org.nhlakehouse.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.core.engine.QueryStats;
import org.nhlakehouse.core.engine.ResultColumn;
import org.nhlakehouse.core.engine.SqlType;

class DataTableTest {

    private static final List<Column> COLUMNS = List.of(Column.of("ccn", "CCN", Format.TEXT));

    private static QueryResult result(int rows) {
        return new QueryResult(List.of(new ResultColumn("ccn", SqlType.VARCHAR)),
                IntStream.range(0, rows).mapToObj(i -> List.<Object> of("row " + i)).toList(), QueryStats.UNKNOWN);
    }

    @Test
    void aRowLimit_cutsLongTables_andTheCaptionSaysSo_whileTheExportKeepsThemAll() {
        DataTable cut = DataTable.of("t", "Facilities plotted", COLUMNS, result(1_500), "/t/export.csv", c -> "", 250);

        assertThat(cut.size()).isEqualTo(250);
        assertThat(cut.rows().getLast().getFirst().text()).isEqualTo("row 249");
        assertThat(cut.caption()).isEqualTo("Facilities plotted (the first 250 of 1,500 rows; the CSV has them all)");
        assertThat(cut.exportHref()).isEqualTo("/t/export.csv");
        assertThat(DataTable.of("t", "Facilities plotted", COLUMNS, result(250), "/t/export.csv", c -> "", 250)
                .caption()).isEqualTo("Facilities plotted");
    }
}
