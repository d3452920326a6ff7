package org.nhlakehouse.core.tasks;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The {@link Notifier} of a deployment without a notification topic: a failed run is written to the log (CloudWatch
 * Logs on AWS) as one entry, its subject kept on one line so that it cannot forge another log line.
 */
public final class LogNotifier implements Notifier {

    /** Between the subject and the message of an entry. */
    public static final String SEPARATOR = " (no notification topic configured): ";

    private final Consumer<String> log;

    /** @param log writes one log entry, e.g. a logger's {@code warn} */
    public LogNotifier(Consumer<String> log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public void notify(String subject, String message) {
        log.accept(NotificationText.subject(subject) + SEPARATOR + NotificationText.message(message));
    }
}
