package org.nhlakehouse.core.landing;

import java.util.Objects;

/** A file that cannot be loaded at all, with a message that names the file and says why and what to do. */
public class FileRefusedException extends Exception {

    private final RefusalReason reason;
    private final String fileName;

    public FileRefusedException(RefusalReason reason, String fileName, String detail) {
        super(fileName + " was refused (" + reason.code() + "): " + detail);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.fileName = fileName;
    }

    public RefusalReason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }

    /** The message without the file name prefix, for tables that already show the file. */
    public String detail() {
        String message = getMessage();
        return message.substring(message.indexOf("): ") + 3);
    }
}
