package org.nhlakehouse.localrun.testing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.pipeline.RunReport;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.localrun.LocalLakehouse;

/** A local lakehouse in a temporary folder, fed from an input folder the test fills. */
public final class PipelineFixture implements AutoCloseable {

    /** The Gold relations whose full contents define "the same Gold". */
    public static final List<String> GOLD = List.of("gold.fct_facility_day", "gold.fct_facility_quarter",
            "gold.dim_facility", "gold.agg_state_quarter", "gold.agg_national_quarter", "gold.agg_peer_distribution");

    private final Path input;
    private final LocalLakehouse lakehouse;
    private final boolean ownsLakehouse;
    private int runs;

    public PipelineFixture(Path directory) throws IOException {
        this.input = Files.createDirectories(directory.resolve("input"));
        this.lakehouse = LocalLakehouse.open(directory.resolve("warehouse"));
        this.ownsLakehouse = true;
    }

    private PipelineFixture(LocalLakehouse lakehouse) {
        this.input = null;
        this.lakehouse = lakehouse;
        this.ownsLakehouse = false;
    }

    /** The query helpers over a lakehouse opened elsewhere (closing the fixture leaves it open). */
    public static PipelineFixture over(LocalLakehouse lakehouse) {
        return new PipelineFixture(lakehouse);
    }

    public LocalLakehouse lakehouse() {
        return lakehouse;
    }

    /** Copies a real sample into the input folder with a given source modification time. */
    public PipelineFixture sample(String name, Instant modified) throws IOException {
        Path target = input.resolve(name);
        Files.copy(Samples.path(name), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(target, FileTime.from(modified));
        return this;
    }

    public PipelineFixture sample(String name) throws IOException {
        return sample(name, Instant.parse("2024-01-01T00:00:00Z"));
    }

    /** Writes a file into the input folder. */
    public PipelineFixture file(String name, String content, Instant modified) throws IOException {
        Path target = input.resolve(name);
        Files.writeString(target, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(target, FileTime.from(modified));
        return this;
    }

    public PipelineFixture file(String name, byte[] content, Instant modified) throws IOException {
        Path target = input.resolve(name);
        Files.write(target, content);
        Files.setLastModifiedTime(target, FileTime.from(modified));
        return this;
    }

    public void remove(String name) throws IOException {
        Files.deleteIfExists(input.resolve(name));
    }

    /** Ingests the input folder and runs the pipeline. */
    public RunReport run() throws IOException {
        lakehouse.ingest(input);
        return lakehouse.run("run-" + (++runs), PipelineListener.NONE);
    }

    public List<Map<String, Object>> query(String sql, Object... parameters) {
        return lakehouse.engine().query(sql, parameters).asMaps();
    }

    public long count(String sql, Object... parameters) {
        return lakehouse.engine().query(sql, parameters).singleLong();
    }

    /**
     * A relation's full contents, in a stable order, exactly: doubles to their last bit (Gold's float values come from
     * exact DECIMAL sums, so they do not depend on the order an engine adds in), decimals without trailing zeros.
     */
    public List<List<Object>> contents(String relation) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : lakehouse.engine().query("select * from " + relation + " order by all").rows()) {
            List<Object> normalized = new ArrayList<>();
            for (Object value : row) {
                normalized.add(value instanceof BigDecimal d ? d.stripTrailingZeros() : value);
            }
            rows.add(normalized);
        }
        return rows;
    }

    /** Every Gold relation's contents. */
    public Map<String, List<List<Object>>> gold() {
        Map<String, List<List<Object>>> gold = new LinkedHashMap<>();
        GOLD.forEach(relation -> gold.put(relation, contents(relation)));
        return gold;
    }

    @Override
    public void close() {
        if (ownsLakehouse) {
            lakehouse.close();
        }
    }

    /** Builds PBJ files row by row, with the real CMS header. */
    public static final class Pbj {
        private final StringBuilder text = new StringBuilder(Samples.pbjHeader()).append('\n');

        /** A clean row: RN, LPN and CNA hours (employee) on a day with the given census. */
        public Pbj row(String ccn, String state, String workDate, String census, String rn, String lpn, String cna) {
            String quarter = workDate.length() == 8 ? workDate.substring(0, 4) + "Q"
                    + ((Integer.parseInt(workDate.substring(4, 6)) - 1) / 3 + 1) : "2024Q2";
            return raw(ccn + ",\"FACILITY " + ccn + "\",SOMEWHERE," + state + ",Some County,001," + quarter + ","
                    + workDate + "," + census + ",0,0,0,0,0,0," + rn + "," + rn + ",0,0,0,0," + lpn + "," + lpn
                    + ",0," + cna + "," + cna + ",0,0,0,0,0,0,0");
        }

        public Pbj raw(String line) {
            text.append(line).append('\n');
            return this;
        }

        public String build() {
            return text.toString();
        }
    }
}
