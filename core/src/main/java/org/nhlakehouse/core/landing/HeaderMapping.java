package org.nhlakehouse.core.landing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a file's header maps onto its dataset's Bronze columns.
 *
 * <p>
 * A Bronze column takes the file column whose normalized name is the canonical name, else the first alias found. When
 * several file columns map to one Bronze column the preferred one wins and the others are ignored and noted (CMS's
 * 2017Q2 file carries both {@code hrs_rndon} and a stray {@code hrs_rn_donadmin}). File columns the dataset does not
 * know are ignored and noted; they stay in the raw Bronze file.
 *
 * @param dataset the dataset the header belongs to
 * @param headerSize how many columns the header has
 * @param sourceIndex for each Bronze column, the index of the file column it takes, or -1 when the file lacks it
 * @param notes what a person should know about this header (ignored, duplicate or missing optional columns)
 */
public record HeaderMapping(Dataset dataset, int headerSize, int[] sourceIndex, List<String> notes) {

    public HeaderMapping {
        sourceIndex = sourceIndex.clone();
        notes = List.copyOf(notes);
    }

    @Override
    public int[] sourceIndex() {
        return sourceIndex.clone();
    }

    int sourceIndexOf(int bronzeColumn) {
        return sourceIndex[bronzeColumn];
    }

    /** Maps a header; a file missing required columns is refused. */
    public static HeaderMapping of(Dataset dataset, List<String> header, String fileName) throws FileRefusedException {
        List<String> normalized = header.stream().map(HeaderNames::normalize).toList();
        List<CanonicalColumn> columns = dataset.columns();
        int[] index = new int[columns.size()];
        int[] rank = new int[columns.size()];
        Arrays.fill(index, -1);
        Arrays.fill(rank, Integer.MAX_VALUE);
        List<String> notes = new ArrayList<>();
        boolean[] used = new boolean[normalized.size()];

        for (int c = 0; c < columns.size(); c++) {
            for (int f = 0; f < normalized.size(); f++) {
                int r = columns.get(c).matchRank(normalized.get(f));
                if (r >= 0 && r < rank[c]) {
                    rank[c] = r;
                    index[c] = f;
                }
            }
            if (index[c] >= 0) {
                used[index[c]] = true;
            }
        }
        List<String> missingRequired = new ArrayList<>();
        List<String> missingOptional = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (index[c] < 0) {
                (columns.get(c).required() ? missingRequired : missingOptional).add(columns.get(c).name());
            }
        }
        if (!missingRequired.isEmpty()) {
            throw new FileRefusedException(RefusalReason.MISSING_REQUIRED_COLUMNS, fileName,
                    "it looks like " + dataset.title() + " but lacks the required column(s) "
                            + String.join(", ", missingRequired) + "; its header is: " + abbreviate(header));
        }
        for (int f = 0; f < normalized.size(); f++) {
            if (used[f]) {
                continue;
            }
            String raw = header.get(f);
            int f2 = f;
            boolean duplicate = columns.stream().anyMatch(col -> col.matchRank(normalized.get(f2)) >= 0);
            if (raw.isBlank()) {
                notes.add("ignored an unnamed column " + (f + 1));
            } else if (duplicate) {
                notes.add("ignored duplicate column '" + raw + "' at position " + (f + 1));
            } else {
                notes.add("ignored unknown column '" + raw + "' at position " + (f + 1));
            }
        }
        if (dataset == Dataset.PBJ_DAILY_NURSE_STAFFING) {
            // Only the contract-hours columns matter: "incomplete" exists in CMS's 2021Q4 file alone.
            List<String> contract = missingOptional.stream().filter(n -> n.endsWith("_ctr")).toList();
            if (!contract.isEmpty()) {
                notes.add("missing column(s) " + String.join(", ", contract)
                        + ": contract hours are derived as total - employee hours");
            }
        } else if (!missingOptional.isEmpty() && missingOptional.size() <= 10) {
            notes.add("missing optional column(s) " + String.join(", ", missingOptional));
        } else if (!missingOptional.isEmpty()) {
            notes.add("missing " + missingOptional.size() + " optional columns");
        }
        return new HeaderMapping(dataset, header.size(), index, notes);
    }

    static String abbreviate(List<String> header) {
        String joined = String.join(",", header);
        return joined.length() > 300 ? joined.substring(0, 300) + "..." : joined;
    }

    /** How many required columns of a dataset a header has: the evidence for {@link DatasetDetector}. */
    static int requiredColumnsPresent(Dataset dataset, List<String> normalizedHeader) {
        int present = 0;
        for (CanonicalColumn column : dataset.columns()) {
            if (column.required() && normalizedHeader.stream().anyMatch(h -> column.matchRank(h) >= 0)) {
                present++;
            }
        }
        return present;
    }
}
