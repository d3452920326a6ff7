package org.nhlakehouse.core.landing;

/** Why a whole file was refused. Nothing from a refused file reaches Silver. */
public enum RefusalReason {
    /** The object key has characters outside letters, digits and {@code . _ - = /} (e.g. "Q2 (1).csv"). */
    UNSAFE_KEY("unsafe_key"),
    EMPTY_FILE("empty_file"),
    NO_DATA_ROWS("no_data_rows"),
    BINARY_CONTENT("binary_content"),
    ARCHIVE("archive"),
    UNSUPPORTED_ENCODING("unsupported_encoding"),
    NOT_COMMA_SEPARATED("not_comma_separated"),
    UNKNOWN_DATASET("unknown_dataset"),
    DATASET_MISMATCH("dataset_mismatch"),
    MISSING_REQUIRED_COLUMNS("missing_required_columns"),
    UNTERMINATED_QUOTE("unterminated_quote"),
    FIELD_TOO_LONG("field_too_long"),
    UNREADABLE("unreadable");

    private final String code;

    RefusalReason(String code) {
        this.code = code;
    }

    /** The code recorded in the file log and shown in data health. */
    public String code() {
        return code;
    }
}
