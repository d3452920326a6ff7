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
    /** The content cannot be decoded, or (found by a run) the engine cannot read the file's Bronze rows. */
    UNREADABLE("unreadable"),
    /** Found by a run: typing the file's rows fails in the engine, for this file alone (a poisoned file). */
    TYPING_FAILED("typing_failed"),
    /** A symbolic link, folder or device in the shared folder: never followed or read. */
    NOT_A_REGULAR_FILE("not_a_regular_file");

    private final String code;

    RefusalReason(String code) {
        this.code = code;
    }

    /** The code recorded in the file log and shown in data health. */
    public String code() {
        return code;
    }
}
