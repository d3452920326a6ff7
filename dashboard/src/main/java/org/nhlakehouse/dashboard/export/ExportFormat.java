package org.nhlakehouse.dashboard.export;

import java.util.Locale;

import org.nhlakehouse.dashboard.web.InvalidParameterException;

/** The formats a table exports to: the {@code export.csv} / {@code export.json} path of every view. */
public enum ExportFormat {
    /** For spreadsheets: a byte-order mark, then the page's column labels as the header row. */
    CSV("text/csv; charset=utf-8"),
    /** For scripts: the stable machine names of the columns as keys, values unrounded. */
    JSON("application/json");

    /** The path segment every view's export answers on; resources bind {@code format} with it. */
    public static final String PATH = "export.{format: csv|json}";

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format of an export's file name (its extension); CSV when it has neither. */
    public static ExportFormat ofFileName(String fileName) {
        return fileName.endsWith("." + JSON.extension()) ? JSON : CSV;
    }

    public static ExportFormat of(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension().equals(extension)) {
                return format;
            }
        }
        throw new InvalidParameterException("format", "must be csv or json");
    }
}
