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

    @Test
    void facilityAndStateCells_linkToTheirPages_andTheOtherCellsDoNot() {
        QueryResult result = new QueryResult(List.of(new ResultColumn("ccn", SqlType.VARCHAR),
                new ResultColumn("state", SqlType.VARCHAR), new ResultColumn("total_hprd", SqlType.DOUBLE)),
                List.of(List.<Object> of("415002", "RI", 3.5), java.util.Arrays.asList("015009", "", null)),
                QueryStats.UNKNOWN);

        DataTable table = DataTable.of("t", "T", List.of(Columns.CCN, Columns.STATE_LINKED, Columns.TOTAL_HPRD),
                result, "/t/export.csv", ccn -> "/facilities/" + ccn, state -> "/states/" + state);

        assertThat(table.rows().get(0)).extracting(Cell::href).containsExactly("/facilities/415002", "/states/RI", "");
        assertThat(table.rows().get(1)).extracting(Cell::href).containsExactly("/facilities/015009", "", "");
        assertThat(DataTable.of("t", "T", List.of(Columns.STATE_LINKED), result, "/t/export.csv", ccn -> "")
                .rows().getFirst().getFirst().href()).isEmpty();
    }
}
