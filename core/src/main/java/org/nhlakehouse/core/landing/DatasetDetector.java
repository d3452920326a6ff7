package org.nhlakehouse.core.landing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Tells which CMS dataset a file is from its header alone; never from its file name, which CMS has changed often. */
public final class DatasetDetector {
    private DatasetDetector() {
    }

    /**
     * The dataset whose required columns the header has most of, when it has at least {@value #MIN_EVIDENCE} of them
     * (a file missing a few required columns is still recognized, and then refused with the columns it lacks).
     */
    public static Optional<Dataset> detect(List<String> header) {
        List<String> normalized = header.stream().map(HeaderNames::normalize).toList();
        return Arrays.stream(Dataset.values())
                .filter(d -> HeaderMapping.requiredColumnsPresent(d, normalized) >= MIN_EVIDENCE)
                .max(Comparator.comparingDouble(d -> HeaderMapping.requiredColumnsPresent(d, normalized)
                        / (double) d.columns().stream().filter(CanonicalColumn::required).count()));
    }

    static final int MIN_EVIDENCE = 3;

    /** A message listing what the lakehouse accepts, for files that match none of it. */
    static String unknownDatasetMessage(List<String> header) {
        return "its header matches none of the known datasets (" + Arrays.stream(Dataset.values())
                .map(Dataset::title).reduce((a, b) -> a + ", " + b).orElse("") + "); its header is: "
                + HeaderMapping.abbreviate(header);
    }
}
