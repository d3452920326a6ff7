package org.nhlakehouse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.nhlakehouse.core.csv.CsvWriter;
import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.localrun.LocalLakehouse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lakehouse sql "select ..."}: query any table or view of the warehouse. */
@Command(name = "sql", description = "Run a query against the warehouse (schemas bronze, silver, gold, ops) and print "
        + "the result, e.g. sql \"select * from gold.agg_state_quarter order by total_hprd desc\".")
final class SqlCommand implements Callable<Integer> {

    @Mixin
    WarehouseOption warehouse;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The SQL to run (DuckDB dialect).")
    String query;

    @Option(names = "--csv", description = "Print CSV instead of a table.")
    boolean csv;

    @Option(names = "--max-rows", defaultValue = "200", description = "Rows to print as a table (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (LocalLakehouse lakehouse = warehouse.openExisting()) {
            QueryResult result = lakehouse.engine().execute(SqlStatement.of(query).withLabel("query"));
            if (csv) {
                CsvWriter writer = new CsvWriter(out);
                writer.writeRow(result.columnNames());
                for (List<Object> row : result.rows()) {
                    writer.writeRow(row);
                }
                writer.close();
            } else {
                printTable(out, result);
            }
        }
        return LakehouseCli.OK;
    }

    private void printTable(PrintWriter out, QueryResult result) {
        List<String> names = result.columnNames();
        if (names.isEmpty()) {
            out.println("OK (" + Math.max(result.stats().rowsWritten(), 0) + " rows written)");
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : result.rows().subList(0, Math.min(maxRows, result.rows().size()))) {
            cells.add(row.stream().map(v -> v == null ? "" : CsvWriter.cell(v).replace("\"", "")).toList());
        }
        int[] widths = new int[names.size()];
        for (int c = 0; c < names.size(); c++) {
            widths[c] = names.get(c).length();
            for (List<String> row : cells) {
                widths[c] = Math.min(60, Math.max(widths[c], row.get(c).length()));
            }
        }
        out.println(line(names, widths));
        out.println(String.join("  ", java.util.Arrays.stream(widths).mapToObj("-"::repeat).toList()));
        cells.forEach(row -> out.println(line(row, widths)));
        out.printf("(%d row%s%s)%n", result.rows().size(), result.rows().size() == 1 ? "" : "s",
                result.rows().size() > maxRows ? ", first " + maxRows + " shown" : "");
    }

    private static String line(List<String> values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < values.size(); c++) {
            String value = values.get(c).length() > widths[c] ? values.get(c).substring(0, widths[c] - 1) + "~"
                    : values.get(c);
            line.append(c == 0 ? "" : "  ").append(String.format("%-" + widths[c] + "s", value));
        }
        return line.toString().stripTrailing();
    }
}
