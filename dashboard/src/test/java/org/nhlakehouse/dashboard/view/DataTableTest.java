package org.nhlakehouse.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DataTableTest {

    private static DataTable table(int rows) {
        List<Column> columns = List.of(Column.of("ccn", "CCN", Format.TEXT));
        List<List<Cell>> cells = java.util.stream.IntStream.range(0, rows)
                .mapToObj(i -> List.of(new Cell("row " + i, "row " + i, "", false))).toList();
        return new DataTable("t", "Facilities plotted", columns, cells, "/t/export.csv");
    }

    @Test
    void firstRows_cutsLongTables_andTheCaptionSaysSo_whileTheExportKeepsThemAll() {
        DataTable cut = table(1_500).firstRows(250);

        assertThat(cut.size()).isEqualTo(250);
        assertThat(cut.rows().getLast().getFirst().text()).isEqualTo("row 249");
        assertThat(cut.caption()).isEqualTo("Facilities plotted (the first 250 of 1,500 rows; the CSV has them all)");
        assertThat(cut.exportHref()).isEqualTo("/t/export.csv");
        assertThat(table(250).firstRows(250).caption()).isEqualTo("Facilities plotted");
    }
}
